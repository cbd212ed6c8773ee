using APPlatform.Contracts;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;

namespace APPlatform.Notifications.AsyncApi;

/// <summary>
/// One realistic instance of every integration event, for the AsyncAPI document's examples: written out as a
/// subscriber receives it, so an example can never show a field the platform withholds. A new event without an
/// example fails the document's generation.
/// </summary>
internal static class EventExamples
{
    public static readonly Guid EventId = Guid.Parse("0193a7c2-5d0e-7b4f-9a61-2f3c8e1d4b77");

    private static readonly Guid School = Guid.Parse("5b1f3c9e-2a47-4d8b-9c61-0e7a4f2d8b13");
    private static readonly Guid Trust = Guid.Parse("8d2e6a1f-7c35-4b90-a4e8-3f9c1b7d5e02");
    private static readonly Guid La = Guid.Parse("4f6c2d8a-91b3-4e7f-8a25-6c0d3e9b1f74");
    private static readonly Guid Provider = Guid.Parse("a3e91c57-6d28-4f0b-b7c4-2e8f5a1d9c36");
    private static readonly Guid Placement = Guid.Parse("0193a6f1-3c8b-7e2d-9f41-6a5b2c8d7e90");
    private static readonly Guid Pupil = Guid.Parse("c7d4a2e9-1f63-4b85-9e07-3a6f8c2d5b41");
    private static readonly Guid Case = Guid.Parse("0193a7b0-8e4c-7a19-b2d6-4f1e9c3a7d58");
    private static readonly Guid Referral = Guid.Parse("0193a5d2-6b7e-7c30-8f94-1d2a5e8b3c67");
    private static readonly Guid Item = Guid.Parse("0193a7c1-2f9d-7e56-a3b8-7c4d1e6f9a20");

    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static readonly PlacementDetails Details = new(
        Placement, Pupil, School, School, "school", La, Provider, null, "dual",
        new DateOnly(2026, 12, 7), new DateOnly(2027, 3, 26),
        [new TimetabledSession(DayOfWeek.Monday, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0)),
         new TimetabledSession(DayOfWeek.Wednesday, "PM", new TimeOnly(13, 0), new TimeOnly(15, 30))],
        5.5m, false, true, false);

    private static readonly IReadOnlyDictionary<Type, IIntegrationEvent> ByType = new IIntegrationEvent[]
    {
        new AbsenceReported(Case, Placement, Pupil, School, Provider, School, Today, "AM", false, At),
        new RegisterNotSubmitted(Provider, Today, "PM", 3, [School], At),
        new UnexplainedAbsenceNotFollowedUp(Case, Placement, Pupil, School, Today, "AM", At),
        new UnexplainedMarkNotReplaced(Case, Placement, Pupil, School, Today, "AM", 5, At),
        new AbsenceEscalated(Case, Placement, Pupil, School, La, "local_authority", At),
        new AttendanceBelowThreshold(Placement, Pupil, School, 82.5m, 90m, At),
        new ConsecutiveAbsence(Placement, Pupil, School, La, 10, At),
        new IllnessAbsence(Placement, Pupil, School, La, 15, At),
        new PenaltyThresholdReached(Placement, Pupil, School, La, 10, 10, At),
        new WeeklyAttendanceFigures(School, Today.AddDays(-2), 3, 30, 24, 2, 4, 1, 80m, 2, At),
        new PlacementPlanned(Placement, Item, Pupil, School, La, Provider, "dual", new DateOnly(2027, 1, 11), new DateOnly(2027, 3, 26), At),
        new PlacementPlanCancelled(Placement, Item, Pupil, School, La, Provider, At),
        new ProviderBriefingShared(Placement, School, Provider, At),
        new PlacementStarted(Details, At),
        new PlacementChanged(Details with { HoursPerWeek = 8.5m }, At),
        new PlacementEnded(Placement, Pupil, School, La, Provider, new DateOnly(2027, 3, 26), "reintegrated", At),
        new PlacementReviewDue(Placement, School, School, Provider, "agreement", new DateOnly(2026, 12, 9), false, At),
        new ProviderReportStatusChanged(Item, Placement, School, School, Provider, "autumn", new DateOnly(2026, 12, 18), "requested", At),
        new FormalReviewHeld(Placement, School, School, Provider, 1, false, At),
        new PlacementEndingAvailable(Placement, School, School, Provider, 3, At),
        new SeriousIncidentReported(Item, Placement, School, School, Provider, "behaviour", At),
        new ProviderAuditCompleted(Item, Provider, School, Trust, La, true, true, Today, new DateOnly(2027, 12, 2), At),
        new ProviderAuditExpiring(Item, Provider, School, "school", La, new DateOnly(2027, 1, 1), At),
        new ProviderConcernRaised(Item, Provider, La, "attendance", At),
        new ProviderDocumentExpiring(Provider, "insurance", new DateOnly(2027, 1, 1), At),
        new ProviderListed(Provider, "Riverside Learning Centre", false, At, null, "10012345"),
        new ProviderRegistrationNotVerified(Item, Provider, La, "149701", ["not_open", "ukprn_differs"], At),
        new ProviderRegistrationThresholdAtRisk(Provider, La, new DateOnly(2026, 11, 30), 4, 1, At),
        new ProviderRegistrationThresholdBreached(Provider, La, new DateOnly(2026, 11, 30), 5, 1, At),
        new ProviderRemoved(Provider, "Riverside Learning Centre", At),
        new ProviderSuspended(Provider, "Riverside Learning Centre", At),
        new ProviderUpdated(Provider, "Riverside Learning Centre", false, At, null, "10012345"),
        new ReferralSubmitted(Referral, Pupil, School, Trust, La, false, At),
        new ReferralDecided(Referral, School, Trust, La, "headteacher", true, true, At),
        new ParentAgreementRecorded(Referral, School, true, Today, At),
        new ParentNotificationIssued(Item, Placement, Pupil, School, false, new DateOnly(2026, 12, 7), At),
        new SuspensionDaySixWithoutProvision(Item, Pupil, School, La, Today, At),
        new SchoolCalendarDoesNotCover(School, new DateOnly(2027, 9, 1), new DateOnly(2026, 9, 2), new DateOnly(2027, 7, 21), At),
    }.ToDictionary(example => example.GetType());

    public static IIntegrationEvent For(Type eventType) => ByType.TryGetValue(eventType, out var example)
        ? example
        : throw new InvalidOperationException($"{eventType.Name} has no example: add one to {nameof(EventExamples)}.");
}
