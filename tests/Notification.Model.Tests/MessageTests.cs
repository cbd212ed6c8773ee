using APPlatform.Contracts.Placements;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Rules;
using APPlatform.Notifications.Subscriptions;
using static APPlatform.Notifications.Model.Tests.RuleSamples;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// What leaves the platform: messages and emails carry ids, dates and a link, never what a pupil's care or needs are;
/// a subscriber's copy of an event withholds the placement's looked-after and EHC plan flags.
/// </summary>
public sealed class MessageTests
{
    [Theory]
    [InlineData("dual")]
    [InlineData("approved_activity")]
    public void ThePlacementStartedMessageDoesNotSayThePupilIsLookedAfterOrHasAnEhcPlan(string registrationMode)
    {
        var told = Assert.Single(WhoIsTold.Of(new PlacementStarted(Placement(registrationMode, isLookedAfter: true, hasEhcPlan: true), Now),
            new Dictionary<Guid, OrganisationSettings>()));

        var text = told.Message.Subject + told.Message.Body;
        Assert.DoesNotContain("looked after", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("EHC", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://portal.example")]
    [InlineData("https://portal.example/")]
    public void AnEmailEndsWithWhereToActOnItInThePlatform(string portalAddress)
    {
        var message = new Message("Absent", "Follow this absence up today.", "/api/attendance/cases/1");

        Assert.Equal("Follow this absence up today.\n\nOpen it in APPlatform: https://portal.example/api/attendance/cases/1",
            message.EmailText(portalAddress));
    }

    [Fact]
    public void ASubscribersCopyOfAPlacementWithholdsTheLookedAfterAndEhcPlanFlags()
    {
        var started = new PlacementStarted(Placement("dual", isLookedAfter: true, hasEhcPlan: true), Now);
        var eventId = Guid.NewGuid();

        var body = SubscriberPayload.For(started, eventId);

        Assert.Contains($"\"id\":\"{eventId}\"", body);
        Assert.Contains("\"type\":\"PlacementStarted\"", body);
        Assert.Contains($"\"pupilId\":\"{started.Placement.PupilId}\"", body);
        Assert.DoesNotContain("isLookedAfter", body);
        Assert.DoesNotContain("hasEhcPlan", body);
    }
}
