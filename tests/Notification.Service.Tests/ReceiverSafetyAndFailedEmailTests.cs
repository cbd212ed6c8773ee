using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.Contracts.Attendance;
using APPlatform.Notifications.Infrastructure;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// The service as outside development (no webhooks to loopback or private networks, HTTPS only), with its mail relay
/// down: emails are tracked through their retries to failed, with the reason, and sent when replayed once it is back.
/// </summary>
public sealed class ReceiverSafetyAndFailedEmailTests(ReceiverSafetyAndFailedEmailTests.OutsideDevelopment service)
    : IClassFixture<ReceiverSafetyAndFailedEmailTests.OutsideDevelopment>
{
    private readonly ServiceApp<NotificationDbContext> notification = service.Notification;

    /// <summary>Which addresses are refused, and why, is ReceiverAddressTests' (Notification.Model.Tests).</summary>
    [Theory]
    [InlineData("https://localhost:8443/hooks", "private")]
    [InlineData("http://203.0.113.10/hooks", "HTTPS")]
    public async Task WebhooksToInternalOrUnencryptedAddressesAreRefused(string url, string reason)
    {
        var response = await notification.CreateClient(TestCaller.LocalAuthority()).PostAsJsonAsync("/api/notifications/subscriptions",
            new { url, eventTypes = new[] { "PlacementStarted" } });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains(reason, Assert.Single(problem.Errors["url"]));
    }

    [Fact]
    public async Task AnEmailTheRelayDoesNotTakeIsRetriedThenParkedWithTheReasonAndSentOnReplayOnceTheRelayIsBack()
    {
        var school = TestCaller.School();
        var client = notification.CreateClient(school);
        var address = Mailbox.NewAddress("attendance");
        (await client.PutAsJsonAsync("/api/notifications/settings",
            new { contacts = new Dictionary<string, string[]> { ["attendance_lead"] = [address] } })).EnsureSuccessStatusCode();

        await service.Bus.PublishAsync(SampleEvents.Absence(school.OrganisationId), NewId.NextGuid());

        var delivery = await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>("/api/notifications/inbox")).GetProperty("items").EnumerateArray()
                .SelectMany(n => n.GetProperty("deliveries").EnumerateArray()).FirstOrDefault(),
            d => d.ValueKind == JsonValueKind.Object && d.GetProperty("status").GetString() == "failed",
            because: "the email should be retried and then marked failed");
        Assert.Equal("email", delivery.GetProperty("channel").GetString());
        Assert.Equal(4, delivery.GetProperty("attempts").GetInt32());
        Assert.Contains("mail relay", delivery.GetProperty("lastError").GetString());

        await service.Relay.StartAsync(ResourceNames.Mail);
        var replay = await client.PostAsync($"/api/notifications/deliveries/{delivery.GetProperty("id").GetGuid()}/replay", null);

        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        var mail = Assert.Single(await new Mailbox(await service.Relay.ConnectionStringAsync(ResourceNames.Mail)).WaitForAsync(address));
        Assert.StartsWith("Absent from alternative provision", mail.Subject);
    }

    /// <summary>
    /// The service, its bus and a mail relay of its own, started once for the class (each start is seconds): the relay is
    /// down until the email test brings it back; no other test uses it.
    /// </summary>
    public sealed class OutsideDevelopment(TestServers servers) : IAsyncLifetime
    {
        private readonly string entityPrefix = servers.NewEntityPrefix();

        public AppHostServers Relay { get; private set; } = null!;

        public ServiceApp<NotificationDbContext> Notification { get; private set; } = null!;

        public TestBus Bus { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            Relay = await AppHostServers.StartAsync([ResourceNames.Mail]);
            await Relay.StopAsync(ResourceNames.Mail);
            var settings = new Dictionary<string, string?>(NotificationService.Settings)
            {
                ["Delivery:AllowLocalReceivers"] = "false",
                ["ConnectionStrings:mail"] = await Relay.ConnectionStringAsync(ResourceNames.Mail),
            };
            Notification = await servers.StartServiceAsync<NotificationDbContext>(NotificationServiceExtensions.DatabaseName, entityPrefix, settings);
            Bus = await TestBus.StartAsync(servers.Messaging, entityPrefix);
        }

        public async ValueTask DisposeAsync()
        {
            await Bus.DisposeAsync();
            await Notification.DisposeAsync();
            await Relay.DisposeAsync();
        }
    }
}
