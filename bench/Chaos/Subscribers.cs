using System.Text.Json;
using APPlatform.TestSupport;

namespace APPlatform.Chaos;

/// <summary>
/// Those the platform tells of events: two webhook subscribers, the demo school's and the demo LA's, on receivers this
/// tool hosts on loopback, and the demo school's attendance lead, emailed every absence.
/// </summary>
public sealed class Subscribers : IAsyncDisposable
{
    private static readonly string[] EventTypes = ["AbsenceReported", "PlacementStarted"];

    private Subscribers(WebhookReceiver school, WebhookReceiver la, string attendanceLead)
    {
        School = school;
        La = la;
        AttendanceLead = attendanceLead;
    }

    /// <summary>The demo school's receiver: the one that answers 500 for a minute.</summary>
    public WebhookReceiver School { get; }

    public WebhookReceiver La { get; }

    public string AttendanceLead { get; }

    public IEnumerable<(string Name, WebhookReceiver Receiver)> Receivers => [("demo-school", School), ("demo-la", La)];

    public static async Task<Subscribers> StartAsync(RetryingClient school, RetryingClient la)
    {
        var subscribers = new Subscribers(await WebhookReceiver.StartAsync(), await WebhookReceiver.StartAsync(), $"attendance-lead-{Guid.NewGuid():N}@example.org");
        await SubscribeAsync(school, subscribers.School);
        await SubscribeAsync(la, subscribers.La);
        var settings = await school.PutAsync("/api/notifications/settings", new
        {
            contacts = new Dictionary<string, string[]> { ["attendance_lead"] = [subscribers.AttendanceLead] },
            channels = new Dictionary<string, string> { ["absence-reported"] = "email" },
        });
        Require(settings, "the demo school's email contacts");
        return subscribers;
    }

    public async ValueTask DisposeAsync()
    {
        await School.DisposeAsync();
        await La.DisposeAsync();
    }

    private static async Task SubscribeAsync(RetryingClient client, WebhookReceiver receiver)
    {
        // A subscription left by an earlier run on the same data would also be called: start from none.
        foreach (var earlier in JsonDocument.Parse(Require(await client.GetAsync("/api/notifications/subscriptions"), "subscriptions")).RootElement.EnumerateArray())
        {
            await client.SendAsync(HttpMethod.Delete, $"/api/notifications/subscriptions/{earlier.GetProperty("id")}", null, idempotent: false);
        }

        Require(await client.PostAsync("/api/notifications/subscriptions", new { url = receiver.Url, eventTypes = EventTypes }), $"{client.Name}'s webhook");
    }

    private static string Require(Outcome outcome, string what) =>
        outcome.Succeeded ? outcome.Body : throw new InvalidOperationException($"Could not set up {what}: {(int?)outcome.Status} {outcome.Body}");
}
