namespace APPlatform.Contracts.Placements;

/// <summary>
/// A school planned a placement from an approved referral: the LA hears of it before it starts. Identifiers and dates
/// only, like PlacementStarted's; the timetable and hours follow when it starts.
/// </summary>
/// <param name="ProposedProviderId">
/// The provider, named so that it does not reach the provider's own subscriptions: a provider sees a placement only
/// once its listing and audit checks pass (PlacementStarted does reach it).
/// </param>
/// <param name="RegistrationMode">"dual" (code D), "approved_activity" (code B) or "la_arranged" (code K).</param>
public sealed record PlacementPlanned(
    Guid PlacementId, Guid ReferralId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid ProposedProviderId, string RegistrationMode,
    DateOnly StartDate, DateOnly? PlannedEndDate, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A planned placement will not go ahead (its referral was withdrawn before the start): the LA that heard of the plan
/// hears that it is off. Named as <see cref="PlacementPlanned"/> names the provider, for the same reason.
/// </summary>
public sealed record PlacementPlanCancelled(
    Guid PlacementId, Guid ReferralId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid ProposedProviderId, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// The commissioner shared a part of what the provider must know about the pupil, or changed one: the provider reads it
/// in the platform. Ids only: not even which part, since that a safeguarding part exists says something about the pupil.
/// </summary>
public sealed record ProviderBriefingShared(Guid PlacementId, Guid SchoolId, Guid ProviderId, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A placement began: the pupil attends the provider from its start date.</summary>
public sealed record PlacementStarted(PlacementDetails Placement, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A running placement's provider, timetable, hours, dates or flags changed; carries the placement as it now is.</summary>
public sealed record PlacementChanged(PlacementDetails Placement, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A placement ended.
/// </summary>
/// <param name="Reason">reintegrated, completed, provider_change, three_failed_reviews, safeguarding, parent_withdrawal,
/// permanent_exclusion, left_school or time_limit.</param>
public sealed record PlacementEnded(
    Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid ProviderId, DateOnly EndDate, string Reason,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
