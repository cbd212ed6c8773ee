using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Notifications.Subscriptions;
using APPlatform.ServiceDefaults.Authentication;
using static APPlatform.Notifications.Model.Tests.RuleSamples;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// A subscriber hears only of events that name its organisation, so it may subscribe only to types that can name its
/// kind: the table in docs/notifications.md ("The events subscribers receive"). The 400 is WebhookTests'.
/// </summary>
public sealed class SubscriptionReachTests
{
    [Theory]
    [InlineData("AbsenceReported", "local_authority", "provider", "school")]
    [InlineData("PlacementStarted", "local_authority", "provider", "school")]
    [InlineData("PlacementChanged", "local_authority", "provider", "school")]
    [InlineData("PlacementEnded", "local_authority", "provider", "school")]
    [InlineData("FormalReviewHeld", "local_authority", "provider", "school")]
    [InlineData("PlacementEndingAvailable", "local_authority", "provider", "school")]
    [InlineData("PlacementReviewDue", "local_authority", "provider", "school")]
    [InlineData("ProviderReportStatusChanged", "local_authority", "provider", "school")]
    [InlineData("SeriousIncidentReported", "local_authority", "provider", "school")]
    [InlineData("AbsenceEscalated", "local_authority", "school")]
    [InlineData("ConsecutiveAbsence", "local_authority", "school")]
    [InlineData("IllnessAbsence", "local_authority", "school")]
    [InlineData("PenaltyThresholdReached", "local_authority", "school")]
    [InlineData("SuspensionDaySixWithoutProvision", "local_authority", "school")]
    [InlineData("ReferralSubmitted", "local_authority", "school", "trust")]
    [InlineData("ReferralDecided", "local_authority", "school", "trust")]
    [InlineData("ProviderAuditCompleted", "local_authority", "provider")]
    [InlineData("ProviderAuditExpiring", "local_authority", "provider")]
    [InlineData("ProviderConcernRaised", "local_authority", "provider")]
    [InlineData("ProviderRegistrationThresholdAtRisk", "local_authority", "provider")]
    [InlineData("ProviderRegistrationThresholdBreached", "local_authority", "provider")]
    [InlineData("RegisterNotSubmitted", "provider", "school")]
    [InlineData("ProviderBriefingShared", "provider", "school")]
    [InlineData("AttendanceBelowThreshold", "school")]
    [InlineData("ParentAgreementRecorded", "school")]
    [InlineData("ParentNotificationIssued", "school")]
    [InlineData("SchoolCalendarDoesNotCover", "school")]
    [InlineData("UnexplainedAbsenceNotFollowedUp", "school")]
    [InlineData("UnexplainedMarkNotReplaced", "school")]
    [InlineData("WeeklyAttendanceFigures", "school")]
    [InlineData("ProviderDocumentExpiring", "provider")]
    [InlineData("ProviderListed", "provider")]
    [InlineData("ProviderRemoved", "provider")]
    [InlineData("ProviderSuspended", "provider")]
    [InlineData("ProviderUpdated", "provider")]
    public void OnlyTheKindsOfOrganisationAnEventCanNameMaySubscribeToIt(string eventType, params string[] kinds)
    {
        foreach (var subscriber in OrganisationSettings.Holders)
        {
            var refusal = SubscribableEventTypes.NeverReaching([eventType], subscriber);

            Assert.True(kinds.Contains(subscriber.ToClaimValue()) == refusal is null, $"{subscriber}: {(refusal is null ? "accepted" : "refused")}");
        }
    }

    [Fact]
    public void AnUnknownEventTypeIsRefusedNamingItAndTheKnownOnes()
    {
        var refusal = SubscribableEventTypes.Refusal(["PlacementStarted", "PupilMoved"], "eventTypes");

        Assert.NotNull(refusal);
        Assert.StartsWith("Unknown event type(s): PupilMoved. Known: AbsenceEscalated, AbsenceReported,", refusal.ErrorMessage);
        Assert.Equal(["eventTypes"], refusal.MemberNames);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnAbsenceNamesTheLocalAuthorityOnlyWhenItCommissionsThePlacement(bool commissionedByTheLocalAuthority)
    {
        var absence = Absence() with { CommissionerId = commissionedByTheLocalAuthority ? LocalAuthority : School };

        Assert.Equal(commissionedByTheLocalAuthority, EventOrganisations.Of(absence).Contains(LocalAuthority));
        Assert.Superset(new HashSet<Guid> { School, Provider }, EventOrganisations.Of(absence).ToHashSet());
    }

    [Fact]
    public void APlacementEventNamesThePlacementsSchoolLocalAuthorityAndProvider() =>
        Assert.Equal(new HashSet<Guid> { School, LocalAuthority, Provider }, EventOrganisations.Of(new PlacementStarted(Placement("dual"), Now)));

    [Fact]
    public void AnEventWithoutALocalAuthorityNamesNone() =>
        Assert.Equal(new HashSet<Guid> { School }, EventOrganisations.Of(new ConsecutiveAbsence(Guid.NewGuid(), Guid.NewGuid(), School, null, 10, Now)));
}
