using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Notifications.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// Notification.Service on its own database and broker namespace, sending mail to the run's mail sink, with a bus to
/// play the other services. Deliveries are retried after 0.3, 0.6 and 2 s, then parked, and webhook receivers on
/// loopback are allowed (as in development). Each organisation may replay five deliveries an hour.
/// </summary>
public sealed class NotificationService(TestServers servers)
    : ServiceUnderTest<NotificationDbContext>(servers, NotificationServiceExtensions.DatabaseName, Settings)
{
    /// <summary>The key the tests' services encrypt webhook secrets with (32 bytes, base64).</summary>
    public const string SecretKey = "dGVzdHMtd2ViaG9vay1zZWNyZXQta2V5LTMyLWJ5dGU=";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Scheduling:PollInterval"] = "00:00:00.200",
        ["Delivery:RetryDelays:0"] = "00:00:00.300",
        ["Delivery:RetryDelays:1"] = "00:00:00.600",
        ["Delivery:RetryDelays:2"] = "00:00:02",
        ["Delivery:AllowLocalReceivers"] = "true",
        ["Notification:Webhooks:SecretKey"] = SecretKey,
        ["Notification:Webhooks:ReplaysPerWindow"] = "5",
        ["Notification:Webhooks:ReplayWindow"] = "01:00:00",
    };

    public TestBus Bus { get; private set; } = null!;

    public Mailbox Mail => new(Servers.Mail);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Bus = await TestBus.StartAsync(Servers.Messaging, EntityPrefix);
    }

    /// <summary>Names a fresh email address for each role given; returns them by role.</summary>
    public async Task<Dictionary<string, string>> SetContactsAsync(TestCaller organisation, IEnumerable<string> roles, object? channels = null)
    {
        var contacts = roles.Distinct().ToDictionary(role => role, Mailbox.NewAddress);
        var response = await As(organisation).PutAsJsonAsync("/api/notifications/settings",
            new { contacts = contacts.ToDictionary(c => c.Key, c => new[] { c.Value }), channels });
        response.EnsureSuccessStatusCode();
        return contacts;
    }

    public async Task<List<JsonElement>> InboxAsync(TestCaller organisation, string query = "") =>
        (await As(organisation).GetFromJsonAsync<JsonElement>($"/api/notifications/inbox?pageSize=200{query}")).GetProperty("items").EnumerateArray().ToList();

    /// <summary>Waits until the event is in the event log: everything it causes has committed with it.</summary>
    public Task WaitForLoggedAsync(Guid eventId, string type) =>
        Eventually.Until(async () => (await As(TestCaller.PlatformAdmin()).GetFromJsonAsync<JsonElement>($"/api/notifications/events?type={type}&pageSize=200"))
                .GetProperty("items").EnumerateArray().Any(e => e.GetProperty("id").GetGuid() == eventId),
            logged => logged, because: $"event {eventId} should be received");

    /// <summary>Waits until the organisation's inbox holds what the event caused and every delivery listed with it has been tried.</summary>
    public Task<List<JsonElement>> WaitForInboxAsync(TestCaller organisation, Guid eventId, int count = 1) =>
        Eventually.Until(async () => (await InboxAsync(organisation)).Where(n => n.GetProperty("eventId").GetGuid() == eventId).ToList(),
            items => items.Count >= count, because: $"{count} notification(s) of event {eventId} should reach the inbox");
}
