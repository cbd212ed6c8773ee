using APPlatform.Contracts;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>Who should hear of an event: an organisation and the role in it.</summary>
public sealed record Told(Guid Organisation, string Role);

/// <summary>An event a rule applies to, and everyone who must hear of it: no other role or organisation it names.</summary>
public sealed record RuleSample(IIntegrationEvent Event, IReadOnlyList<Told> Told);

/// <summary>
/// For each rule, an event it applies to and who must be told, written out by hand from the rules' purpose rather than
/// computed from them.
/// </summary>
public static class RuleSamples
{
    public static readonly DateOnly Today = new(2026, 11, 16);
    public static readonly DateTimeOffset Now = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    public static readonly Guid School = Guid.NewGuid();
    public static readonly Guid LocalAuthority = Guid.NewGuid();
    public static readonly Guid Provider = Guid.NewGuid();
    public static readonly Guid Trust = Guid.NewGuid();

    public static RuleSample For(string rule)
    {
        Guid Id() => Guid.NewGuid();
        RuleSample Sample(IIntegrationEvent e, params Told[] told) => new(e, told);

        return rule switch
        {
            "placement-letter" => Sample(new ParentNotificationIssued(Id(), Id(), Id(), School, false, Today, Now),
                new Told(School, "parents")),
            "absence-reported" => Sample(Absence(),
                new Told(School, "attendance_lead")),
            "register-not-submitted" => Sample(new RegisterNotSubmitted(Provider, Today, "PM", 3, [School], Now),
                new Told(School, "attendance_lead"), new Told(Provider, "provider_contact")),
            "absence-not-followed-up" => Sample(new UnexplainedAbsenceNotFollowedUp(Id(), Id(), Id(), School, Today, "AM", Now),
                new Told(School, "attendance_lead"), new Told(School, "dsl")),
            "unexplained-mark-not-replaced" => Sample(new UnexplainedMarkNotReplaced(Id(), Id(), Id(), School, Today, "AM", 5, Now),
                new Told(School, "attendance_lead")),
            "absence-escalated-to-dsl" => Sample(Escalated("dsl"),
                new Told(School, "dsl")),
            "absence-escalated-to-la" => Sample(Escalated("local_authority"),
                new Told(LocalAuthority, "la_attendance_team")),
            "attendance-below-target" => Sample(new AttendanceBelowThreshold(Id(), Id(), School, 82.5m, 90m, Now),
                new Told(School, "attendance_lead"), new Told(School, "ap_lead")),
            "consecutive-absence" => Sample(new ConsecutiveAbsence(Id(), Id(), School, LocalAuthority, 10, Now),
                new Told(School, "attendance_lead"), new Told(LocalAuthority, "la_attendance_team")),
            "illness-absence" => Sample(new IllnessAbsence(Id(), Id(), School, LocalAuthority, 15, Now),
                new Told(School, "attendance_lead"), new Told(LocalAuthority, "la_attendance_team")),
            "penalty-threshold-reached" => Sample(new PenaltyThresholdReached(Id(), Id(), School, LocalAuthority, 10, 10, Now),
                new Told(LocalAuthority, "la_attendance_team"), new Told(School, "attendance_lead")),
            "weekly-attendance" => Sample(new WeeklyAttendanceFigures(School, Today, 3, 30, 24, 2, 4, 1, 80m, 2, Now),
                new Told(School, "ap_lead")),
            "review-due" => Sample(new PlacementReviewDue(Id(), School, School, Provider, "agreement", Today.AddDays(7), false, Now),
                new Told(School, "ap_lead"), new Told(Provider, "provider_contact")),
            "report-requested" => Sample(Report("requested"),
                new Told(Provider, "provider_contact")),
            "report-due" => Sample(Report("overdue"),
                new Told(Provider, "provider_contact"), new Told(School, "ap_lead")),
            "report-submitted" => Sample(Report("submitted"),
                new Told(School, "ap_lead")),
            "formal-review-held" => Sample(new FormalReviewHeld(Id(), School, School, Provider, 2, false, Now),
                new Told(Provider, "provider_contact"), new Told(School, "ap_lead")),
            "placement-ending-available" => Sample(new PlacementEndingAvailable(Id(), School, School, Provider, 3, Now),
                new Told(School, "ap_lead")),
            "briefing-shared" => Sample(new ProviderBriefingShared(Id(), School, Provider, Now), new Told(Provider, "provider_contact")),
            "serious-incident" => Sample(new SeriousIncidentReported(Id(), Id(), School, School, Provider, "safeguarding", Now),
                new Told(School, "ap_lead"), new Told(School, "dsl")),
            "day-six-without-provision" => Sample(new SuspensionDaySixWithoutProvision(Id(), Id(), School, LocalAuthority, Today, Now),
                new Told(School, "ap_lead"), new Told(LocalAuthority, "la_ap_team")),
            "school-calendar-does-not-cover" => Sample(new SchoolCalendarDoesNotCover(School, Today, Today.AddYears(-1), Today.AddDays(-1), Now),
                new Told(School, "ap_lead")),
            "referral-awaiting-trust" => Sample(Decided(awaitingTrust: true),
                new Told(Trust, "trust_ap_lead")),
            "referral-awaiting-la-decision" => Sample(new ReferralSubmitted(Id(), Id(), School, null, LocalAuthority, true, Now),
                new Told(LocalAuthority, "la_ap_team")),
            "placement-planned" => Sample(new PlacementPlanned(Id(), Id(), Id(), School, LocalAuthority, Provider, "dual", Today, null, Now),
                new Told(LocalAuthority, "la_ap_team")),
            "placement-plan-cancelled" => Sample(new PlacementPlanCancelled(Id(), Id(), Id(), School, LocalAuthority, Provider, Now),
                new Told(LocalAuthority, "la_ap_team")),
            "placement-started" => Sample(new PlacementStarted(Placement("dual"), Now),
                new Told(LocalAuthority, "la_ap_team")),
            "non-school-placement-started" => Sample(new PlacementStarted(Placement("approved_activity"), Now),
                new Told(LocalAuthority, "la_ap_team")),
            "placement-ended" => Sample(new PlacementEnded(Id(), Id(), School, LocalAuthority, Provider, Today, "reintegrated", Now),
                new Told(LocalAuthority, "la_ap_team")),
            "provider-concern" => Sample(new ProviderConcernRaised(Id(), Provider, LocalAuthority, "safeguarding", Now),
                new Told(LocalAuthority, "la_ap_team")),
            "audit-expiring" => Sample(new ProviderAuditExpiring(Id(), Provider, School, "school", LocalAuthority, Today.AddDays(30), Now),
                new Told(School, "ap_lead"), new Told(LocalAuthority, "la_ap_team")),
            "document-expiring" => Sample(new ProviderDocumentExpiring(Provider, "insurance", Today.AddDays(30), Now),
                new Told(Provider, "provider_contact")),
            "registration-not-verified" => Sample(new ProviderRegistrationNotVerified(Id(), Provider, LocalAuthority, "149099", ["not_open"], Now),
                new Told(Provider, "provider_contact")),
            "registration-threshold-at-risk" => Sample(new ProviderRegistrationThresholdAtRisk(Provider, LocalAuthority, Today, 4, 1, Now),
                new Told(Provider, "provider_contact"), new Told(LocalAuthority, "la_ap_team")),
            "registration-threshold-breached" => Sample(new ProviderRegistrationThresholdBreached(Provider, LocalAuthority, Today, 5, 1, Now),
                new Told(Provider, "provider_contact"), new Told(LocalAuthority, "la_ap_team")),
            _ => throw new ArgumentException($"Rule '{rule}' has no sample: add one here, saying who it must tell.", nameof(rule)),
        };
    }

    /// <summary>An absence at a placement the school commissions.</summary>
    public static AbsenceReported Absence() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), School, Provider, School, Today, "AM", false, Now);

    public static AbsenceEscalated Escalated(string to, Guid? localAuthorityId = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), School, localAuthorityId ?? LocalAuthority, to, Now);

    public static ProviderReportStatusChanged Report(string stage) =>
        new(Guid.NewGuid(), Guid.NewGuid(), School, School, Provider, "Autumn 2026", Today, stage, Now);

    public static ReferralDecided Decided(bool awaitingTrust, bool schoolHasATrust = true) =>
        new(Guid.NewGuid(), School, schoolHasATrust ? Trust : null, LocalAuthority, "headteacher", true, awaitingTrust, Now);

    public static PlacementDetails Placement(string registrationMode, bool isLookedAfter = false, bool hasEhcPlan = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), School, School, "school", LocalAuthority, Provider, null,
            registrationMode, Today, Today.AddDays(90), [new TimetabledSession(DayOfWeek.Monday, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0))],
            15, false, isLookedAfter, hasEhcPlan);
}
