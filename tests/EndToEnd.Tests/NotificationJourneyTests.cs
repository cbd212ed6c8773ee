using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Contracts;
using APPlatform.TestSupport.DirectoryForms;
using APPlatform.TestSupport.ReferralForms;
using RabbitMQ.Client;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// What a placement's start tells the world, through the gateway. Demoshire and Westmoor each subscribe a webhook to
/// PlacementStarted; a Demoshire school and a Westmoor school each start a placement at Demo Learning Academy (the
/// Westmoor school audits it first, as it may not rely on Demoshire's audit). Each LA receives, signed, its own
/// area's placement and not the other's; Demoshire's system, reading its own broker virtual host, gets its own alone
/// too. The parents' letter reaches the carer at the SMTP server, and the school's
/// inbox shows it with its delivery.
/// </summary>
public sealed class NotificationJourneyTests(RunningPlatform system)
{
    private static readonly Guid demoLearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    [Fact]
    public async Task EachLocalAuthoritysSystemsReceiveThePlacementInItsAreaAndNotTheOthersAndTheParentsGetTheLetter()
    {
        await using var demoshire = await WebhookReceiver.StartAsync();
        await using var westmoor = await WebhookReceiver.StartAsync();
        var demoshireLa = await Subscriber.StartAsync(system, "demo-la", demoshire.Url);
        var westmoorLa = await Subscriber.StartAsync(system, "demo-la-2", westmoor.Url);
        // An LA has one broker subscriber: a run before this one on the same servers left Demoshire's.
        foreach (var earlier in (await demoshireLa.Client.GetFromJsonAsync<JsonElement>("/api/notifications/subscriptions")).EnumerateArray()
                     .Where(s => s.GetProperty("channel").GetString() == "broker"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NoContent, (await demoshireLa.Client.DeleteAsync($"/api/notifications/subscriptions/{earlier.GetProperty("id")}")).StatusCode);
        }

        var demoshireBroker = await RunningPlatform.OkAsync(await demoshireLa.Client.PostAsJsonAsync("/api/notifications/broker-subscriptions",
            new { eventTypes = new[] { "PlacementStarted" } }), System.Net.HttpStatusCode.Created);
        await using var connection = await new ConnectionFactory { Uri = new Uri(demoshireBroker.GetProperty("uri").GetString()!) }
            .CreateConnectionAsync(TestContext.Current.CancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: TestContext.Current.CancellationToken);
        await channel.QueueDeclareAsync("la.placements", durable: true, exclusive: false, autoDelete: false,
            cancellationToken: TestContext.Current.CancellationToken);
        await channel.QueueBindAsync("la.placements", "applatform.events", "#", cancellationToken: TestContext.Current.CancellationToken);
        var demoshireSchool = await system.SignInAsync("demo-school");
        var westmoorSchool = await system.SignInAsync("demo-school-3");
        await AuditAsync(westmoorSchool, demoLearningAcademy);
        var carer = Mailbox.NewAddress("parent");

        var inDemoshire = await RunningPlatform.StartedPlacementAsync(demoshireSchool,
            ReferralBodies.Referral(demoLearningAcademy, pupil: ReferralBodies.Pupil(carerEmail: carer)));
        var inWestmoor = await RunningPlatform.StartedPlacementAsync(westmoorSchool, ReferralBodies.Referral(demoLearningAcademy));

        var demoshireCall = await ReceivedAsync(demoshire, inDemoshire);
        var westmoorCall = await ReceivedAsync(westmoor, inWestmoor);
        Assert.True(demoshireCall.IsSignedWith(demoshireLa.Secret), "Demoshire's delivery should be signed with its secret");
        Assert.True(westmoorCall.IsSignedWith(westmoorLa.Secret), "Westmoor's delivery should be signed with its secret");
        Assert.False(demoshireCall.IsSignedWith(westmoorLa.Secret));
        // Both events have been handled (each LA got its own) and deliveries are created with their event: none is still to come.
        Assert.DoesNotContain(westmoorCall.EventId, await demoshireLa.DeliveredEventIdsAsync());
        Assert.DoesNotContain(demoshireCall.EventId, await westmoorLa.DeliveredEventIdsAsync());
        Assert.DoesNotContain(demoshire.Received, c => PlacementIdOf(c) == inWestmoor);
        Assert.DoesNotContain(westmoor.Received, c => PlacementIdOf(c) == inDemoshire);
        // Other tests place pupils in Demoshire at the same time: their placements are relayed too, Westmoor's never.
        var relayed = new List<string>();
        await Eventually.Until(async () =>
        {
            while (await channel.BasicGetAsync("la.placements", autoAck: true) is { } message)
            {
                relayed.Add(System.Text.Encoding.UTF8.GetString(message.Body.Span));
            }

            return relayed.Select(body => PlacementIdOf(JsonDocument.Parse(body).RootElement)).ToList();
        }, placements => placements.Contains(inDemoshire), because: "Demoshire's placement should be relayed into its virtual host");
        var ours = Assert.Single(relayed, body => PlacementIdOf(JsonDocument.Parse(body).RootElement) == inDemoshire);
        Assert.DoesNotContain(relayed, body => PlacementIdOf(JsonDocument.Parse(body).RootElement) == inWestmoor);
        // What arrives is what docs/asyncapi.json says, on both channels (the contract tests).
        Assert.Empty(AsyncApiFile.PayloadMismatches("PlacementStarted", demoshireCall.Body));
        Assert.Empty(AsyncApiFile.HeaderMismatches("PlacementStarted", demoshireCall.Headers));
        Assert.Empty(AsyncApiFile.PayloadMismatches("PlacementStarted", ours));

        var letter = Assert.Single(await new Mailbox(system.Servers.Mail).WaitForAsync(carer, because: "the placement letter should be emailed to the carer"));
        Assert.StartsWith("Letter to parents", letter.Subject);
        Assert.Contains("Jordan Example's alternative provision", letter.Html);
        var inbox = await demoshireSchool.GetFromJsonAsync<JsonElement>("/api/notifications/inbox?pageSize=200");
        var notice = inbox.GetProperty("items").EnumerateArray()
            .Single(n => n.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("target").GetString() == carer));
        Assert.Equal("placement-letter", notice.GetProperty("rule").GetString());
    }

    private static async Task AuditAsync(HttpClient school, Guid providerId)
    {
        var answers = await AuditForm.AnswersAsync(school, registered: true, suitable: true);
        var audit = await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/directory/providers/{providerId}/audits", new { isPrivate = false, answers }));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/directory/audits/{audit}/complete", null));
    }

    private static async Task<ReceivedWebhook> ReceivedAsync(WebhookReceiver receiver, Guid placement) =>
        (await receiver.WaitForAsync(calls => calls.Any(c => PlacementIdOf(c) == placement), because: $"placement {placement} should be posted"))
            .Single(c => PlacementIdOf(c) == placement);

    private static Guid PlacementIdOf(ReceivedWebhook call) => PlacementIdOf(call.Json);

    /// <summary>The placement a subscriber's body (webhook or broker message alike) is about.</summary>
    private static Guid PlacementIdOf(JsonElement body) => body.GetProperty("data").GetProperty("placement").GetProperty("placementId").GetGuid();

    /// <summary>An LA signed in, with its webhook subscription to PlacementStarted and the secret the platform gave it.</summary>
    private sealed record Subscriber(HttpClient Client, Guid SubscriptionId, string Secret)
    {
        public static async Task<Subscriber> StartAsync(RunningPlatform system, string demoClient, string url)
        {
            var client = await system.SignInAsync(demoClient);
            var created = await RunningPlatform.OkAsync(await client.PostAsJsonAsync("/api/notifications/subscriptions",
                new { url, eventTypes = new[] { "PlacementStarted" } }), System.Net.HttpStatusCode.Created);
            return new Subscriber(client, created.GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
        }

        public async Task<List<string>> DeliveredEventIdsAsync() =>
            (await Client.GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{SubscriptionId}/deliveries")).GetProperty("items")
                .EnumerateArray().Select(d => d.GetProperty("eventId").GetGuid().ToString()).ToList();
    }
}
