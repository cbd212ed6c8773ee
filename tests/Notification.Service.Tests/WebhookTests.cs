using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// Webhooks to a real HTTP receiver: signed, only about the subscriber's own organisation, retried, parked when the
/// retries run out, replayable, and sent once per event however often it arrives.
/// </summary>
public sealed class WebhookTests(NotificationService service) : IClassFixture<NotificationService>, IAsyncLifetime
{
    private const string Secret = "a-secret-of-the-subscriber-1234";
    private WebhookReceiver receiver = null!;

    public async ValueTask InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task ASubscriptionIsCreatedWithItsIdAndNeverShowsItsSecret()
    {
        var la = TestCaller.LocalAuthority();

        var response = await SubscribeAsync(la, "PlacementStarted", "PlacementEnded");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/notifications/subscriptions/{id}", response.Headers.Location?.OriginalString);
        Assert.False(created.TryGetProperty("secret", out _));
        var listed = Assert.Single(await service.As(la).GetFromJsonAsync<List<JsonElement>>("/api/notifications/subscriptions") ?? []);
        Assert.Equal(["PlacementStarted", "PlacementEnded"], listed.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
        await ProblemAssert.HasStatus(await service.As(TestCaller.LocalAuthority()).GetAsync($"/api/notifications/subscriptions/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheLocalAuthorityReceivesSignedEventsForItsAreaAndNotAnothersWithoutThePupilsCareOrNeeds()
    {
        var la = TestCaller.LocalAuthority();
        await SubscribeAsync(la, "PlacementStarted");
        var ours = RuleSamples.Placement(TestCaller.School(), la, TestCaller.Provider(), "dual");
        var theirs = RuleSamples.Placement(TestCaller.School(), TestCaller.LocalAuthority(), TestCaller.Provider(), "dual");
        var theirsId = NewId.NextGuid();
        var oursId = NewId.NextGuid();

        await service.Bus.PublishAsync(new PlacementStarted(theirs, DateTimeOffset.UtcNow), theirsId);
        await service.Bus.PublishAsync(new PlacementStarted(ours, DateTimeOffset.UtcNow), oursId);
        await service.WaitForLoggedAsync(theirsId, nameof(PlacementStarted));

        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the LA's placement should be posted"));
        Assert.True(call.IsSignedWith(Secret), "the signature should verify with the subscriber's secret");
        Assert.False(call.IsSignedWith("another-secret-entirely-1234"));
        Assert.Equal(oursId.ToString(), call.EventId);
        Assert.Equal("PlacementStarted", call.Headers["APPlatform-Event-Type"]);
        Assert.Equal("PlacementStarted", call.Json.GetProperty("type").GetString());
        var placement = call.Json.GetProperty("data").GetProperty("placement");
        Assert.Equal(ours.PlacementId, placement.GetProperty("placementId").GetGuid());
        Assert.True(placement.TryGetProperty("isFullTime", out _));
        Assert.False(placement.TryGetProperty("hasEhcPlan", out _), "whether the pupil has an EHC plan stays inside the platform");
        Assert.False(placement.TryGetProperty("isLookedAfter", out _), "whether the pupil is looked after stays inside the platform");
        Assert.DoesNotContain(receiver.Received, c => c.EventId == theirsId.ToString());
    }

    [Fact]
    public async Task AFailedDeliveryIsRetriedUntilTheReceiverTakesIt()
    {
        var school = TestCaller.School();
        var subscription = await SubscriptionIdAsync(school, "AbsenceReported");
        receiver.Fail(2);

        var eventId = await PublishAbsenceAsync(school);

        var calls = await receiver.WaitForAsync(c => c.Any(call => call.Answered == 200), because: "the third attempt should succeed");
        Assert.Equal([500, 500, 200], calls.Select(c => c.Answered));
        Assert.All(calls, c => Assert.Equal(eventId.ToString(), c.EventId));
        var delivery = await DeliveryAsync(school, subscription, d => d.GetProperty("status").GetString() == "sent");
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task DeliveriesStillFailingWhenTheRetriesRunOutAreParkedWithTheReasonAndCanBeReplayed()
    {
        var school = TestCaller.School();
        var subscription = await SubscriptionIdAsync(school, "AbsenceReported");
        receiver.Fail(int.MaxValue);

        var eventId = await PublishAbsenceAsync(school);

        var parked = await DeliveryAsync(school, subscription, d => d.GetProperty("status").GetString() == "failed", "&status=failed");
        Assert.Equal(4, parked.GetProperty("attempts").GetInt32());
        Assert.Contains("500", parked.GetProperty("lastError").GetString());
        Assert.Equal(4, receiver.Received.Count);

        receiver.Fail(0);
        var replay = await service.As(school).PostAsync($"/api/notifications/deliveries/{parked.GetProperty("id").GetGuid()}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);

        await DeliveryAsync(school, subscription, d => d.GetProperty("status").GetString() == "sent");
        var last = receiver.Received[^1];
        Assert.Equal((200, eventId.ToString()), (last.Answered, last.EventId));
        Assert.True(last.IsSignedWith(Secret));
    }

    [Fact]
    public async Task AnEventDeliveredTwiceIsPostedOnce()
    {
        var school = TestCaller.School();
        await SubscriptionIdAsync(school, "AbsenceReported");
        var eventId = NewId.NextGuid();
        var absence = Absence(school);

        await service.Bus.PublishAsync(absence, eventId);
        await service.Bus.PublishAsync(absence, eventId);
        var later = await PublishAbsenceAsync(school);

        await receiver.WaitForAsync(calls => calls.Any(c => c.EventId == later.ToString()) && calls.Any(c => c.EventId == eventId.ToString()),
            because: "both events should be posted, in whichever order they were consumed");
        Assert.Single(receiver.Received, c => c.EventId == eventId.ToString());
    }

    [Fact]
    public async Task AReplayOfADeliveryStillBeingRetriedIsRefusedAndAnotherOrganisationsIsNotFound()
    {
        var school = TestCaller.School();
        var subscription = await SubscriptionIdAsync(school, "AbsenceReported");
        receiver.Fail(int.MaxValue);
        await PublishAbsenceAsync(school);

        var retrying = await DeliveryAsync(school, subscription, d => d.GetProperty("status").GetString() == "retrying");
        var replay = await service.As(school).PostAsync($"/api/notifications/deliveries/{retrying.GetProperty("id").GetGuid()}/replay", null);

        await ProblemAssert.HasStatus(replay, HttpStatusCode.Conflict);
        var asAnother = await service.As(TestCaller.School()).PostAsync($"/api/notifications/deliveries/{retrying.GetProperty("id").GetGuid()}/replay", null);
        await ProblemAssert.HasStatus(asAnother, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task UnknownEventTypesAreRefusedNamingThoseThatExist()
    {
        var response = await service.As(TestCaller.LocalAuthority()).PostAsJsonAsync("/api/notifications/subscriptions",
            new { url = receiver.Url, eventTypes = new[] { "PlacementStarted", "PupilsNameChanged" }, secret = Secret });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(Assert.Single(problem.Errors).Value);
        Assert.Contains("PupilsNameChanged", message);
        Assert.Contains("PlacementEnded", message);
    }

    [Fact]
    public async Task AShortSecretOrNoUrlIsRefused()
    {
        var la = TestCaller.LocalAuthority();
        var response = await service.As(la).PostAsJsonAsync("/api/notifications/subscriptions",
            new { eventTypes = new[] { "PlacementStarted" }, secret = "short" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.Errors.Keys, key => key.Equals("secret", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(problem.Errors.Keys, key => key.Equals("url", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await service.As(la).GetFromJsonAsync<List<JsonElement>>("/api/notifications/subscriptions") ?? []);
    }

    private Task<HttpResponseMessage> SubscribeAsync(TestCaller organisation, params string[] eventTypes) =>
        service.As(organisation).PostAsJsonAsync("/api/notifications/subscriptions", new { url = receiver.Url, eventTypes, secret = Secret });

    private async Task<Guid> SubscriptionIdAsync(TestCaller organisation, params string[] eventTypes)
    {
        var response = await SubscribeAsync(organisation, eventTypes);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> DeliveryAsync(TestCaller organisation, Guid subscription, Func<JsonElement, bool> done, string query = "") =>
        Eventually.Until(
            async () => (await service.As(organisation).GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{subscription}/deliveries?pageSize=10{query}"))
                .GetProperty("items").EnumerateArray().FirstOrDefault(),
            d => d.ValueKind == JsonValueKind.Object && done(d), because: "the delivery should reach the state expected");

    private static AbsenceReported Absence(TestCaller school) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), school.OrganisationId, Guid.NewGuid(), DateOnly.FromDateTime(DateTime.UtcNow), "AM", false, DateTimeOffset.UtcNow);

    private async Task<Guid> PublishAbsenceAsync(TestCaller school)
    {
        var eventId = NewId.NextGuid();
        await service.Bus.PublishAsync(Absence(school), eventId);
        return eventId;
    }
}
