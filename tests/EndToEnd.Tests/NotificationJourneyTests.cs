using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// What a placement's start tells the world, through the gateway: Demoshire's webhook receives the signed
/// PlacementStarted of a Demoshire school's pupil and the neighbouring LA's does not; the parents' letter reaches the
/// carer's address at the SMTP server; the school's inbox shows the letter and its delivery.
/// </summary>
[Collection(nameof(RunningPlatform))]
public sealed class NotificationJourneyTests(RunningPlatform system, TestServers servers)
{
    private static readonly Guid demoLearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    [Fact]
    public async Task TheLocalAuthoritysWebhookReceivesAPlacementInItsAreaTheNeighboursDoesNotAndTheParentsGetTheLetter()
    {
        await using var demoshire = await WebhookReceiver.StartAsync();
        await using var westmoor = await WebhookReceiver.StartAsync();
        const string secret = "demoshire-placements-webhook-secret";
        await SubscribeAsync("demo-la", demoshire.Url, secret);
        var westmoorSubscription = await SubscribeAsync("demo-la-2", westmoor.Url, "westmoor-placements-webhook-secret");
        var school = await system.SignInAsync("demo-school");
        var carer = Mailbox.NewAddress("parent");

        var placement = await RunningPlatform.StartedPlacementAsync(school,
            ReferralBodies.Referral(demoLearningAcademy, pupil: ReferralBodies.Pupil(carerEmail: carer)));

        var calls = await demoshire.WaitForAsync(received => received.Any(c => PlacementIdOf(c) == placement),
            because: "Demoshire's webhook should receive the placement started in its area");
        var call = calls.Single(c => PlacementIdOf(c) == placement);
        Assert.True(call.IsSignedWith(secret), "the delivery should be signed with Demoshire's secret");
        Assert.Equal("PlacementStarted", call.Json.GetProperty("type").GetString());
        Assert.DoesNotContain(westmoor.Received, c => PlacementIdOf(c) == placement);
        var westmoorDeliveries = await (await system.SignInAsync("demo-la-2"))
            .GetFromJsonAsync<JsonElement>($"/api/notifications/subscriptions/{westmoorSubscription}/deliveries");
        Assert.Equal(0, westmoorDeliveries.GetProperty("total").GetInt32());

        var letter = Assert.Single(await new Mailbox(servers.Mail).WaitForAsync(carer, because: "the placement letter should be emailed to the carer"));
        Assert.StartsWith("Letter to parents", letter.Subject);
        Assert.Contains("Jordan Example's alternative provision", letter.Html);
        var inbox = await school.GetFromJsonAsync<JsonElement>("/api/notifications/inbox?pageSize=200");
        var notice = inbox.GetProperty("items").EnumerateArray().First(n => n.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("target").GetString() == carer));
        Assert.Equal("placement-letter", notice.GetProperty("rule").GetString());
    }

    private async Task<Guid> SubscribeAsync(string demoClient, string url, string secret) =>
        await RunningPlatform.IdAsync(await (await system.SignInAsync(demoClient)).PostAsJsonAsync("/api/notifications/subscriptions",
            new { url, eventTypes = new[] { "PlacementStarted" }, secret }));

    private static Guid? PlacementIdOf(ReceivedWebhook call) =>
        call.Json.GetProperty("data").GetProperty("placement").GetProperty("placementId").GetGuid();
}
