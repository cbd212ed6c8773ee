using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.Contracts.Placements;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Webhooks;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// Webhooks to a real HTTP receiver: signed with a secret the platform generated, only about the subscriber's own
/// organisation, retried, parked when the retries run out, replayable (within a limit), and sent once per event
/// however often it arrives.
/// </summary>
public sealed class WebhookTests(NotificationService service) : IClassFixture<NotificationService>, IAsyncLifetime
{
    private WebhookReceiver receiver = null!;

    public async ValueTask InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async ValueTask DisposeAsync() => await receiver.DisposeAsync();

    [Fact]
    public async Task ThePlatformGeneratesTheSecretAndShowsItOnlyInTheCreatedAnswer()
    {
        var la = TestCaller.LocalAuthority();

        var response = await SubscribeAsync(la, "PlacementStarted", "PlacementEnded");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal($"/api/notifications/subscriptions/{id}", response.Headers.Location?.OriginalString);
        var secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.Equal(32, Base64Url.DecodeFromChars(secret.AsSpan("whsec_".Length)).Length);
        var another = await SubscriptionAsync(la, "PlacementEnded");
        Assert.NotEqual(secret, another.Secret);
        var listed = (await service.As(la).GetFromJsonAsync<List<JsonElement>>("/api/notifications/subscriptions") ?? [])
            .First(s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(["PlacementStarted", "PlacementEnded"], listed.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
        var fetched = await service.As(la).GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{id}");
        Assert.All([listed, fetched], view => Assert.False(view.TryGetProperty("secret", out _)));
        Assert.DoesNotContain(secret, await service.As(la).GetStringAsync("/api/notifications/subscriptions"));
        await ProblemAssert.HasStatus(await service.As(TestCaller.LocalAuthority()).GetAsync($"/api/notifications/subscriptions/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheLocalAuthorityReceivesSignedEventsForItsAreaAndNotAnothersWithoutThePupilsCareOrNeeds()
    {
        var la = TestCaller.LocalAuthority();
        var (_, secret) = await SubscriptionAsync(la, "PlacementStarted");
        var ours = SampleEvents.Placement(TestCaller.School(), la, TestCaller.Provider(), "dual");
        var theirs = SampleEvents.Placement(TestCaller.School(), TestCaller.LocalAuthority(), TestCaller.Provider(), "dual");
        var theirsId = NewId.NextGuid();
        var oursId = NewId.NextGuid();

        await service.Bus.PublishAsync(new PlacementStarted(theirs, DateTimeOffset.UtcNow), theirsId);
        await service.Bus.PublishAsync(new PlacementStarted(ours, DateTimeOffset.UtcNow), oursId);
        await service.WaitForLoggedAsync(theirsId, nameof(PlacementStarted));

        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the LA's placement should be posted"));
        Assert.True(call.IsSignedWith(secret), "the signature should verify with the subscriber's secret");
        Assert.Single(call.Signatures);
        Assert.False(call.IsSignedWith("another-secret-entirely-1234"));
        Assert.Equal(oursId.ToString(), call.EventId);
        Assert.Equal("PlacementStarted", call.Headers["APPlatform-Event-Type"]);
        Assert.Equal("PlacementStarted", call.Json.GetProperty("type").GetString());
        var placement = call.Json.GetProperty("data").GetProperty("placement");
        Assert.Equal(ours.PlacementId, placement.GetProperty("placementId").GetGuid());
        Assert.True(placement.TryGetProperty("isFullTime", out _));
        Assert.False(placement.TryGetProperty("hasEhcPlan", out _), "whether the pupil has an EHC plan stays inside the platform");
        Assert.False(placement.TryGetProperty("isLookedAfter", out _), "whether the pupil is looked after stays inside the platform");
        // The REST API's conventions: days by name, dates and offsets as written, nothing escaped that need not be.
        Assert.Equal("monday", placement.GetProperty("timetable")[0].GetProperty("day").GetString());
        Assert.Matches(@"""occurredAt"":""[^""]+\+00:00""", call.Body);
        Assert.DoesNotContain(@"\u", call.Body);
        Assert.Empty(AsyncApiFile.PayloadMismatches("PlacementStarted", call.Body));
        Assert.Empty(AsyncApiFile.HeaderMismatches("PlacementStarted", call.Headers));
        Assert.DoesNotContain(receiver.Received, c => c.EventId == theirsId.ToString());
    }

    [Fact]
    public async Task ALocalAuthorityCannotSubscribeToEventsThatNeverNameItAndHearsOfAbsencesOnlyAtPlacementsItCommissions()
    {
        var la = TestCaller.LocalAuthority();

        var never = await SubscribeAsync(la, "AbsenceReported", "RegisterNotSubmitted");
        await SubscriptionAsync(la, "AbsenceReported");
        var ours = NewId.NextGuid();
        var theSchools = NewId.NextGuid();
        await service.Bus.PublishAsync(SampleEvents.Absence(TestCaller.School().OrganisationId), theSchools);
        await service.Bus.PublishAsync(SampleEvents.Absence(TestCaller.School().OrganisationId, commissionerId: la.OrganisationId), ours);

        var problem = await ProblemAssert.HasStatus(never, HttpStatusCode.BadRequest);
        Assert.StartsWith("RegisterNotSubmitted never names a local authority", Assert.Single(problem.Errors["eventTypes"]));
        var reaches = (await service.As(la).GetFromJsonAsync<JsonElement>("/api/notifications/event-types")).EnumerateArray()
            .ToDictionary(t => t.GetProperty("type").GetString()!, t => t.GetProperty("reaches").EnumerateArray().Select(k => k.GetString()).ToList());
        Assert.Equal(["local_authority", "provider", "school"], reaches["AbsenceReported"]);
        Assert.Equal(["provider", "school"], reaches["RegisterNotSubmitted"]);
        await service.WaitForLoggedAsync(theSchools, nameof(AbsenceReported));
        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the absence at the LA's own placement should be posted"));
        Assert.Equal(ours.ToString(), call.EventId);
        Assert.DoesNotContain(receiver.Received, c => c.EventId == theSchools.ToString());
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
        var (subscription, secret) = await SubscriptionAsync(school, "AbsenceReported");
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
        Assert.True(last.IsSignedWith(secret));
    }

    [Fact]
    public async Task AnEventDeliveredTwiceIsPostedOnce()
    {
        var school = TestCaller.School();
        await SubscriptionIdAsync(school, "AbsenceReported");
        var eventId = NewId.NextGuid();
        var absence = SampleEvents.Absence(school.OrganisationId);

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
            new { url = receiver.Url, eventTypes = new[] { "PlacementStarted", "PupilsNameChanged" } });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(Assert.Single(problem.Errors).Value);
        Assert.Contains("PupilsNameChanged", message);
        Assert.Contains("PlacementEnded", message);
    }

    [Fact]
    public async Task ASecretChosenByTheCallerOrNoUrlIsRefused()
    {
        var la = TestCaller.LocalAuthority();
        var withSecret = await service.As(la).PostAsJsonAsync("/api/notifications/subscriptions",
            new { url = receiver.Url, eventTypes = new[] { "PlacementStarted" }, secret = "a-secret-of-the-subscriber-1234" });
        var withoutUrl = await service.As(la).PostAsJsonAsync("/api/notifications/subscriptions", new { eventTypes = new[] { "PlacementStarted" } });

        Assert.Contains("generates", Assert.Single((await ProblemAssert.HasStatus(withSecret, HttpStatusCode.BadRequest)).Errors["secret"]));
        Assert.Contains("url", (await ProblemAssert.HasStatus(withoutUrl, HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Empty(await service.As(la).GetFromJsonAsync<List<JsonElement>>("/api/notifications/subscriptions") ?? []);
    }

    [Fact]
    public async Task ARotatedSecretSignsBesideThePreviousOneForTheOverlapAndIsShownOnlyOnce()
    {
        var school = TestCaller.School();
        var (subscription, previous) = await SubscriptionAsync(school, "AbsenceReported");

        var response = await service.As(school).PostAsync($"/api/notifications/subscriptions/{subscription}/secret/rotate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rotated = await response.Content.ReadFromJsonAsync<JsonElement>();
        var secret = rotated.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        Assert.NotEqual(previous, secret);
        var until = rotated.GetProperty("previousSecretSignsUntil").GetDateTimeOffset();
        Assert.InRange(until - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));
        var fetched = await service.As(school).GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{subscription}");
        Assert.Equal(until, fetched.GetProperty("previousSecretSignsUntil").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps µs
        Assert.False(fetched.TryGetProperty("secret", out _));
        await ProblemAssert.HasStatus(
            await service.As(TestCaller.School()).PostAsync($"/api/notifications/subscriptions/{subscription}/secret/rotate", null), HttpStatusCode.NotFound);

        await PublishAbsenceAsync(school);

        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the absence should be posted"));
        Assert.Equal(2, call.Signatures.Count);
        Assert.True(call.IsSignedWith(secret), "the new secret should sign");
        Assert.True(call.IsSignedWith(previous), "the previous secret should still sign during the overlap");
    }

    [Fact]
    public async Task SecretsAreStoredEncryptedNeverAsIssued()
    {
        var school = TestCaller.School();
        var (subscription, first) = await SubscriptionAsync(school, "AbsenceReported");
        var rotated = await service.As(school).PostAsync($"/api/notifications/subscriptions/{subscription}/secret/rotate", null);
        var second = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;

        var stored = await StoredSecretsAsync(subscription);

        Assert.Equal(2, stored.Count);
        Assert.All(stored, value => Assert.StartsWith("aesgcm1:", value));
        Assert.All(stored, value => Assert.DoesNotContain(first, value));
        Assert.All(stored, value => Assert.DoesNotContain(second, value));
        Assert.All(stored, value => Assert.DoesNotContain(first.AsSpan("whsec_".Length).ToString(), value));
    }

    [Fact]
    public async Task ASecretStoredAsGivenByAnEarlierVersionIsEncryptedAtStartUpAndStillSigns()
    {
        const string given = "a-secret-the-school-chose-in-2026";
        var school = TestCaller.School();
        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(), OrganisationId = school.OrganisationId, Url = receiver.Url, EventTypes = ["AbsenceReported"],
            EncryptedSecret = given, CreatedAt = DateTimeOffset.UtcNow,
        };
        await service.WithDbAsync(db =>
        {
            db.Subscriptions.Add(subscription);
            return db.SaveChangesAsync();
        });

        await service.App.Services.GetServices<IHostedService>().OfType<PlainSecretEncryption>().Single().StartAsync(CancellationToken.None);

        var stored = Assert.Single(await StoredSecretsAsync(subscription.Id));
        Assert.StartsWith("aesgcm1:", stored);
        Assert.DoesNotContain(given, stored);
        await PublishAbsenceAsync(school);
        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the absence should be posted"));
        Assert.True(call.IsSignedWith(given), "the secret the school chose should still sign");
    }

    [Fact]
    public async Task ADeliveryWhoseSecretNoLongerDecryptsFailsWithTheReasonAndIsSentOnceTheSecretIsRotated()
    {
        var school = TestCaller.School();
        var (subscription, _) = await SubscriptionAsync(school, "AbsenceReported");
        var anotherKey = new SecretCipher(Options.Create(new WebhookOptions { SecretKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));
        await service.WithDbAsync(db => db.Subscriptions.Where(s => s.Id == subscription)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EncryptedSecret, anotherKey.Encrypt("whsec_under-an-old-key", subscription))));

        await PublishAbsenceAsync(school);

        var failing = await DeliveryAsync(school, subscription, d => d.GetProperty("status").GetString() == "retrying");
        Assert.Contains("does not decrypt", failing.GetProperty("lastError").GetString());
        Assert.Empty(receiver.Received);
        var rotated = await service.As(school).PostAsync($"/api/notifications/subscriptions/{subscription}/secret/rotate", null);
        var secret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var call = Assert.Single(await receiver.WaitForAsync(calls => calls.Count > 0, because: "the retry should be signed with the new secret"));
        Assert.True(call.IsSignedWith(secret));
        Assert.Single(call.Signatures);
    }

    [Fact]
    public async Task ReplaysBeyondTheOrganisationsLimitAreRefusedWithTooManyRequestsAndWhenToRetry()
    {
        var school = TestCaller.School();
        for (var i = 0; i < 5; i++)
        {
            await ProblemAssert.HasStatus(await service.As(school).PostAsync($"/api/notifications/deliveries/{Guid.NewGuid()}/replay", null), HttpStatusCode.NotFound);
        }

        var refused = await service.As(school).PostAsync($"/api/notifications/deliveries/{Guid.NewGuid()}/replay", null);

        var problem = await ProblemAssert.HasStatus(refused, (HttpStatusCode)429);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Contains("replays", problem.Detail);
        await ProblemAssert.HasStatus(
            await service.As(TestCaller.School()).PostAsync($"/api/notifications/deliveries/{Guid.NewGuid()}/replay", null), HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> SubscribeAsync(TestCaller organisation, params string[] eventTypes) =>
        service.As(organisation).PostAsJsonAsync("/api/notifications/subscriptions", new { url = receiver.Url, eventTypes });

    private async Task<(Guid Id, string Secret)> SubscriptionAsync(TestCaller organisation, params string[] eventTypes)
    {
        var response = await SubscribeAsync(organisation, eventTypes);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    private async Task<Guid> SubscriptionIdAsync(TestCaller organisation, params string[] eventTypes) => (await SubscriptionAsync(organisation, eventTypes)).Id;

    /// <summary>The subscription's secret columns as the database holds them, read with SQL rather than through the model.</summary>
    private Task<List<string>> StoredSecretsAsync(Guid subscription) =>
        service.WithDbAsync(db => db.Database.SqlQuery<string>(
                $"""
                SELECT s."Value" FROM "Subscriptions", unnest(array["EncryptedSecret", "EncryptedPreviousSecret"]) AS s("Value")
                WHERE "Id" = {subscription} AND s."Value" IS NOT NULL
                """)
            .ToListAsync());

    private Task<JsonElement> DeliveryAsync(TestCaller organisation, Guid subscription, Func<JsonElement, bool> done, string query = "") =>
        Eventually.Until(
            async () => (await service.As(organisation).GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{subscription}/deliveries?pageSize=10{query}"))
                .GetProperty("items").EnumerateArray().FirstOrDefault(),
            d => d.ValueKind == JsonValueKind.Object && done(d), because: "the delivery should reach the state expected");

    private async Task<Guid> PublishAbsenceAsync(TestCaller school)
    {
        var eventId = NewId.NextGuid();
        await service.Bus.PublishAsync(SampleEvents.Absence(school.OrganisationId), eventId);
        return eventId;
    }
}
