using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using static APPlatform.EndToEnd.Tests.AttendanceSteps;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// Issue 11: a pupil's identity stays in the records that need it. A canary pupil goes from referral through the start,
/// an absence, a formal review and the end, while the LA's webhook hears every event it may subscribe to and a queue of
/// the test's own hears every event on the broker. Once the platform is quiet, none of the pupil's name, UPN or date
/// of birth is in any resource's output, any message, any webhook body, any email but the parents' letter, or any
/// span or structured log the dashboard collected.
/// </summary>
public sealed class PiiCanaryTests(RunningPlatform system)
{
    [Fact]
    public async Task APupilsNameUpnAndDateOfBirthReachNoLogMessageWebhookStaffEmailOrTelemetryFromReferralToTheEnd()
    {
        var canary = PupilCanary.New();
        var began = DateTimeOffset.UtcNow;
        await using var receiver = await WebhookReceiver.StartAsync();
        var la = await system.SignInAsync("demo-la");
        var subscription = await SubscribeToEveryEventAsync(la, receiver.Url);
        await using var bus = await TestBus.StartAsync(system.Servers.Messaging, entityPrefix: "");
        var messages = await bus.CaptureBodiesAsync(IntegrationEventTypes.All);
        var school = await system.SignInAsync("demo-school");
        var provider = await system.SignInAsync("demo-provider-2");
        var carer = Mailbox.NewAddress("parent");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        try
        {
            var placement = await WeekdayMorningPlacementAsync(school, canary.Pupil(carer));
            await RunningPlatform.OkAsync(await PostAbsenceAsync(provider, placement));
            await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/placements/{placement}/reviews", Review(canary)));
            await RunningPlatform.OkAsync(await school.SendAsync(End(placement, canary, traceId)));
            await QuietAsync(began, placement, traceId, receiver, messages, subscription, la, school, provider);

            await LogCaughtUpAsync();
            var mail = await new Mailbox(system.Servers.Mail).AllAsync();
            var telemetry = await system.Telemetry.ExportedStringsAsync();
            var letter = mail.Single(m => m.To.Contains(carer) && m.Subject.StartsWith("Letter to parents"));
            // Each channel is seen to carry this journey, so finding nothing in it means something.
            Assert.NotEmpty(canary.FoundIn("the parents' letter", letter.Html ?? letter.Text));
            Assert.Contains(telemetry, found => found.Text.Contains(placement.ToString()));
            Assert.Contains(LogLines(), line => line.Text.Contains(placement.ToString()));
            string[] leaks =
            [
                .. LogLines().SelectMany(line => canary.FoundIn($"e2e-platform.log line {line.Number}", line.Text)),
                .. messages.SelectMany(body => canary.FoundIn($"broker message {MessageType(body)}", body)),
                .. receiver.Received.SelectMany(call => canary.FoundIn($"webhook {call.Headers.GetValueOrDefault("APPlatform-Event-Type")}", call.Body)),
                // The parents' letter is meant for the people who know the pupil: it names them.
                .. mail.Where(m => m != letter)
                    .SelectMany(m => canary.FoundIn($"email '{m.Subject}' to {string.Join(", ", m.To)}", $"{m.Subject}\n{m.Text}\n{m.Html}")),
                .. telemetry.SelectMany(found => canary.FoundIn($"telemetry: {found.Where}", found.Text)),
            ];

            Assert.True(leaks.Length == 0, $"The canary pupil leaked {leaks.Length} time(s):\n{string.Join("\n", leaks.Distinct())}");
        }
        finally
        {
            // Later tests should not pay for deliveries to a receiver that has gone.
            await la.DeleteAsync($"/api/notifications/subscriptions/{subscription}");
        }
    }

    /// <summary>Every event type that can reach a local authority (a subscription to any other is refused).</summary>
    private static async Task<Guid> SubscribeToEveryEventAsync(HttpClient la, string url)
    {
        var types = await la.GetFromJsonAsync<JsonElement>("/api/notifications/event-types");
        var eventTypes = types.EnumerateArray().Where(t => t.GetProperty("reaches").EnumerateArray().Any(kind => kind.GetString() == "local_authority"))
            .Select(t => t.GetProperty("type").GetString()).ToArray();
        return await RunningPlatform.IdAsync(await la.PostAsJsonAsync("/api/notifications/subscriptions", new { url, eventTypes }));
    }

    /// <summary>A formal review whose notes name the pupil, as a teacher's would.</summary>
    private static object Review(PupilCanary canary) => new
    {
        kind = "formal",
        heldOn = LastWeekday.ToString("yyyy-MM-dd"),
        attendees = new[] { new { name = "Alex Lead", role = "AP Lead" } },
        progress = $"{canary.FirstName} has attended most sessions and finished the first unit.",
        outcome = "Carry on; review again in six weeks.",
        improved = true,
    };

    /// <summary>The end, in a trace the test starts (W3C traceparent), so it can wait for the trace's last consumer.</summary>
    private static HttpRequestMessage End(Guid placement, PupilCanary canary, string traceId) =>
        new(HttpMethod.Post, $"/api/placements/{placement}/end")
        {
            Content = JsonContent.Create(new
            {
                reason = "completed",
                endedOn = ReferralBodies.Today.ToString("yyyy-MM-dd"),
                pupilViews = $"{canary.FirstName} says the workshop helped and wants to go back to school.",
                destination = "returned_to_home_school",
                note = "Completed as planned.",
            }),
            Headers = { { "traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01" } },
        };

    /// <summary>
    /// Waits until the end has crossed the platform (the LA's webhook and the test's queue have PlacementEnded, the
    /// dashboard has the trace to its consumer) and no delivery is still waiting to go: nothing more is on its way.
    /// </summary>
    private async Task QuietAsync(
        DateTimeOffset since, Guid placement, string traceId, WebhookReceiver receiver, IReadOnlyCollection<string> messages,
        Guid subscription, HttpClient la, params HttpClient[] inboxes)
    {
        var id = placement.ToString();
        await receiver.WaitForAsync(
            calls => calls.Any(c => c.Headers.GetValueOrDefault("APPlatform-Event-Type") == "PlacementEnded" && c.Body.Contains(id)),
            because: "the LA's webhook should hear of the end");
        await Eventually.Until(() => Task.FromResult(messages.Any(m => m.Contains("PlacementEnded") && m.Contains(id))), seen => seen,
            because: "PlacementEnded should cross the broker");
        await Eventually.Until(
            () => system.Telemetry.TraceAsync(traceId), spans => spans.Any(s => s.Service == "notification" && s.Name.Contains("receive")),
            because: "the end's trace should reach Notification.Service and be exported");
        await Eventually.Until(
            async () => await WaitingAsync(la, $"/api/notifications/subscriptions/{subscription}/deliveries?pageSize=200", since)
                + (await Task.WhenAll(inboxes.Append(la).Select(inbox => WaitingAsync(inbox, "/api/notifications/inbox?pageSize=200", since)))).Sum(),
            waiting => waiting == 0, timeout: TimeSpan.FromSeconds(90), because: "every email and webhook should have been delivered");
    }

    /// <summary>
    /// The resources' output reaches e2e-platform.log through DCP's log streams, after the fact. A refused sign-in the
    /// gateway logs now, under a client id of the test's own, shows when its stream has caught up with this moment.
    /// </summary>
    private async Task LogCaughtUpAsync()
    {
        var fence = $"log-fence-{Guid.NewGuid():N}";
        using var anonymous = new HttpClient { BaseAddress = system.GatewayUrl };
        await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = fence, ["client_secret"] = "not-a-secret",
        }));
        await Eventually.Until(() => Task.FromResult(LogLines().Any(line => line.Text.Contains(fence))), written => written,
            because: "the gateway's refusal should reach e2e-platform.log");
    }

    /// <summary>
    /// How many deliveries in a page (of a subscription, or of an inbox's notifications) made since this test began
    /// are pending or retrying: another test's delivery to a receiver that has gone is not this journey's.
    /// </summary>
    private static async Task<int> WaitingAsync(HttpClient client, string path, DateTimeOffset since)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(path);
        var deliveries = page.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.TryGetProperty("deliveries", out var ofNotice) ? ofNotice.EnumerateArray().ToArray() : [item]);
        return deliveries.Count(d =>
            d.GetProperty("createdAt").GetDateTimeOffset() >= since && d.GetProperty("status").GetString() is "pending" or "retrying");
    }

    private static IEnumerable<(int Number, string Text)> LogLines()
    {
        // The fixture's writer still holds the file open.
        using var reader = new StreamReader(new FileStream(RunningPlatform.LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (++number, line);
        }
    }

    private static string MessageType(string body) =>
        JsonDocument.Parse(body).RootElement.TryGetProperty("messageType", out var types) ? types[0].GetString() ?? "" : "";
}
