namespace APPlatform.Contracts.Referrals;

/// <summary>
/// A referral to alternative provision was submitted for its decision: a school's, for its headteacher's; one the local
/// authority made for a pupil it arranges provision for, for the LA's own.
/// </summary>
/// <param name="LocalAuthorityDecides">The local authority made the referral, decides it and commissions the placement.</param>
public sealed record ReferralSubmitted(
    Guid ReferralId, Guid PupilId, Guid SchoolId, Guid? TrustId, Guid? LocalAuthorityId, bool LocalAuthorityDecides, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// A referral was decided: by the headteacher, then by the trust where its policy asks; or by the local authority on
/// a referral it made.
/// </summary>
/// <param name="DecidedBy">"headteacher", "trust" or "local_authority".</param>
/// <param name="AwaitingTrust">Approved by the headteacher but still waiting for the trust.</param>
public sealed record ReferralDecided(
    Guid ReferralId, Guid SchoolId, Guid? TrustId, Guid? LocalAuthorityId, string DecidedBy, bool Approved, bool AwaitingTrust, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The parents agreed or refused the placement at their meeting with the school.</summary>
public sealed record ParentAgreementRecorded(Guid ReferralId, Guid SchoolId, bool Agreed, DateOnly MeetingOn, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The school issued the written notice to the parents (trust policy §9; for an off-site direction, SI 2010/1156).
/// Notification.Service fetches the letter of <paramref name="PlacementId"/> to deliver it.
/// </summary>
public sealed record ParentNotificationIssued(
    Guid NotificationId, Guid PlacementId, Guid PupilId, Guid SchoolId, bool IsOffSiteDirection, DateOnly StartDate,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A pupil's suspension of more than five school days reached day six with no placement started (EIA 2006 s100).</summary>
public sealed record SuspensionDaySixWithoutProvision(
    Guid SuspensionId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, DateOnly DaySix, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// The platform needed a school day that the school's own calendar does not cover, usually because its terms have run
/// out. It counted that day in England's typical school year instead. The school should set its terms again with
/// PUT /api/referrals/school-calendar. Until it does, Referral.Service reports Degraded and names the school. Told once
/// for each time the calendar runs out.
/// </summary>
/// <param name="Day">The first day needed that the calendar does not cover.</param>
/// <param name="TermsFrom">The first day of the school's first term.</param>
/// <param name="TermsUntil">The last day of the school's last term.</param>
public sealed record SchoolCalendarDoesNotCover(Guid SchoolId, DateOnly Day, DateOnly TermsFrom, DateOnly TermsUntil, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
