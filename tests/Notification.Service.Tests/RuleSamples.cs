using APPlatform.Contracts;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

/// <summary>Who should hear of an event: an organisation and the role in it.</summary>
public sealed record Told(TestCaller Organisation, string Role);

/// <param name="Quiet">Organisations the event names that this rule must not tell.</param>
public sealed record RuleSample(IIntegrationEvent Event, IReadOnlyList<Told> Told, IReadOnlyList<TestCaller> Quiet);

/// <summary>
/// For each rule, an event it applies to (with fresh organisations) and who must be told, written out by hand from
/// the rules' purpose rather than computed from them.
/// </summary>
public static class RuleSamples
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static RuleSample For(string rule)
    {
        var school = TestCaller.School();
        var la = TestCaller.LocalAuthority();
        var provider = TestCaller.Provider();
        var trust = TestCaller.Trust();
        Guid Id() => Guid.NewGuid();
        RuleSample Sample(IIntegrationEvent e, params Told[] told) => new(e, told, []);

        return rule switch
        {
            "placement-letter" => Sample(new ParentNotificationIssued(Id(), Id(), Id(), school.OrganisationId, false, Today, Now),
                new Told(school, "parents")),
            "absence-reported" => Sample(Absence(school.OrganisationId, provider.OrganisationId),
                new Told(school, "attendance_lead")),
            "register-not-submitted" => Sample(new RegisterNotSubmitted(provider.OrganisationId, Today, "PM", 3, [school.OrganisationId], Now),
                new Told(school, "attendance_lead"), new Told(provider, "provider_contact")),
            "absence-not-followed-up" => Sample(new UnexplainedAbsenceNotFollowedUp(Id(), Id(), Id(), school.OrganisationId, Today, "AM", Now),
                new Told(school, "attendance_lead"), new Told(school, "dsl")),
            "absence-escalated-to-dsl" => new(new AbsenceEscalated(Id(), Id(), Id(), school.OrganisationId, la.OrganisationId, "dsl", Now),
                [new Told(school, "dsl")], [la]),
            "absence-escalated-to-la" => new(new AbsenceEscalated(Id(), Id(), Id(), school.OrganisationId, la.OrganisationId, "local_authority", Now),
                [new Told(la, "la_attendance_team")], [school]),
            "attendance-below-target" => Sample(new AttendanceBelowThreshold(Id(), Id(), school.OrganisationId, 82.5m, 90m, Now),
                new Told(school, "attendance_lead"), new Told(school, "ap_lead")),
            "consecutive-absence" => Sample(new ConsecutiveAbsence(Id(), Id(), school.OrganisationId, la.OrganisationId, 10, Now),
                new Told(school, "attendance_lead"), new Told(la, "la_attendance_team")),
            "illness-absence" => Sample(new IllnessAbsence(Id(), Id(), school.OrganisationId, la.OrganisationId, 15, Now),
                new Told(school, "attendance_lead"), new Told(la, "la_attendance_team")),
            "review-due" => Sample(new PlacementReviewDue(Id(), school.OrganisationId, provider.OrganisationId, Today.AddDays(7), false, Now),
                new Told(school, "ap_lead"), new Told(provider, "provider_contact")),
            "report-requested" => new(new ProviderReportStatusChanged(Id(), Id(), school.OrganisationId, provider.OrganisationId, "Autumn 2026", Today, "requested", Now),
                [new Told(provider, "provider_contact")], [school]),
            "report-due" => Sample(new ProviderReportStatusChanged(Id(), Id(), school.OrganisationId, provider.OrganisationId, "Autumn 2026", Today, "overdue", Now),
                new Told(provider, "provider_contact"), new Told(school, "ap_lead")),
            "report-submitted" => new(new ProviderReportStatusChanged(Id(), Id(), school.OrganisationId, provider.OrganisationId, "Autumn 2026", Today, "submitted", Now),
                [new Told(school, "ap_lead")], [provider]),
            "formal-review-held" => Sample(new FormalReviewHeld(Id(), school.OrganisationId, provider.OrganisationId, 2, false, Now),
                new Told(provider, "provider_contact"), new Told(school, "ap_lead")),
            "placement-ending-available" => Sample(new PlacementEndingAvailable(Id(), school.OrganisationId, provider.OrganisationId, 3, Now),
                new Told(school, "ap_lead")),
            "serious-incident" => new(new SeriousIncidentReported(Id(), Id(), school.OrganisationId, provider.OrganisationId, "safeguarding", Now),
                [new Told(school, "ap_lead"), new Told(school, "dsl")], [provider]),
            "day-six-without-provision" => Sample(new SuspensionDaySixWithoutProvision(Id(), Id(), school.OrganisationId, la.OrganisationId, Today, Now),
                new Told(school, "ap_lead"), new Told(la, "la_ap_team")),
            "school-calendar-does-not-cover" => Sample(new SchoolCalendarDoesNotCover(school.OrganisationId, Today, Today.AddYears(-1), Today.AddDays(-1), Now),
                new Told(school, "ap_lead")),
            "referral-awaiting-trust" => new(new ReferralDecided(Id(), school.OrganisationId, trust.OrganisationId, "headteacher", true, AwaitingTrust: true, Now),
                [new Told(trust, "trust_ap_lead")], [school]),
            "placement-started" => new(new PlacementStarted(Placement(school, la, provider, "dual"), Now),
                [new Told(la, "la_ap_team")], [school, provider]),
            "non-school-placement-started" => new(new PlacementStarted(Placement(school, la, provider, "approved_activity"), Now),
                [new Told(la, "la_ap_team")], [school, provider]),
            "placement-ended" => Sample(new PlacementEnded(Id(), Id(), school.OrganisationId, la.OrganisationId, provider.OrganisationId, Today, "reintegrated", Now),
                new Told(la, "la_ap_team")),
            "provider-concern" => new(new ProviderConcernRaised(Id(), provider.OrganisationId, la.OrganisationId, "safeguarding", Now),
                [new Told(la, "la_ap_team")], [provider]),
            "document-expiring" => Sample(new ProviderDocumentExpiring(provider.OrganisationId, "insurance", Today.AddDays(30), Now),
                new Told(provider, "provider_contact")),
            "registration-threshold-at-risk" => Sample(new ProviderRegistrationThresholdAtRisk(provider.OrganisationId, Today, 4, 1, Now),
                new Told(provider, "provider_contact")),
            "registration-threshold-breached" => Sample(new ProviderRegistrationThresholdBreached(provider.OrganisationId, Today, 5, 1, Now),
                new Told(provider, "provider_contact")),
            _ => throw new ArgumentException($"Rule '{rule}' has no sample: add one here, saying who it must tell.", nameof(rule)),
        };
    }

    /// <summary>An absence at a placement the school commissions, unless a commissioner (its LA) is named.</summary>
    public static AbsenceReported Absence(Guid schoolId, Guid? providerId = null, Guid? commissionerId = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), schoolId, providerId ?? Guid.NewGuid(), commissionerId ?? schoolId, Today, "AM", false, Now);

    public static PlacementDetails Placement(TestCaller school, TestCaller la, TestCaller provider, string registrationMode) =>
        new(Guid.NewGuid(), Guid.NewGuid(), school.OrganisationId, school.OrganisationId, "school", la.OrganisationId, provider.OrganisationId, null,
            registrationMode, Today, Today.AddDays(90), [new TimetabledSession(DayOfWeek.Monday, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0))],
            15, false, false, false);
}
