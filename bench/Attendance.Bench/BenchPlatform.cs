using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;

namespace APPlatform.Bench;

/// <summary>Readying a freshly started platform for load: tokens, placements, and a quiet broker.</summary>
internal static class BenchPlatform
{
    public static readonly (string ClientId, Guid OrganisationId)[] Providers =
    [
        ("demo-provider", Guid.Parse("9d000000-0000-0000-0000-000000000001")),
        ("demo-provider-2", Guid.Parse("9d000000-0000-0000-0000-000000000002")),
    ];

    /// <summary>Each demo provider's access token from the gateway, by organisation.</summary>
    public static async Task<Dictionary<Guid, string>> ProviderTokensAsync(HttpClient http, Uri gateway)
    {
        var tokens = new Dictionary<Guid, string>();
        foreach (var (client, id) in Providers)
        {
            var response = await http.PostAsync(new Uri(gateway, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = $"{client}-secret",
            }));
            tokens[id] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        }

        return tokens;
    }

    /// <summary>Plays Referral.Service: the placements start as its events say, <paramref name="daysBehind"/> days ago.</summary>
    public static async Task<Dictionary<Guid, List<Guid>>> SeedPlacementsAsync(string messaging, int perProvider, int daysBehind)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(messaging)));
        await bus.StartAsync();
        var placements = Providers.ToDictionary(p => p.OrganisationId, _ => new List<Guid>());
        foreach (var (_, provider) in Providers)
        {
            for (var i = 0; i < perProvider; i++)
            {
                var id = Guid.NewGuid();
                placements[provider].Add(id);
                await bus.Publish(SeededPlacement.Started(id, provider, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), daysBehind));
            }
        }

        await bus.StopAsync();
        return placements;
    }

    /// <summary>Until Attendance.Service holds every seeded placement.</summary>
    public static async Task WaitForCopiesAsync(HttpClient http, Uri attendance, IReadOnlyDictionary<Guid, string> tokens, int perProvider)
    {
        foreach (var (_, token) in tokens)
        {
            for (var attempt = 0; ; attempt++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(attendance, "/api/attendance/placements"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var copies = (await (await http.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
                if (copies >= perProvider)
                {
                    break;
                }

                if (attempt > 600)
                {
                    throw new TimeoutException($"Attendance.Service has {copies} of {perProvider} placements after a minute.");
                }

                await Task.Delay(100);
            }
        }
    }

    /// <summary>
    /// Until no event waits in a service's outbox, no queue holds a message and no email or webhook call waits to be
    /// sent: the directory's threshold watch works through the seeded placements' events, and notifications (and their
    /// emails) through the absences' events, and that work, measured alongside the next run, would be counted against
    /// its marks.
    /// </summary>
    public static async Task WaitForBacklogToDrainAsync(Uri brokerAdmin, IEnumerable<string> databases)
    {
        using var management = BrokerManagement.Client(brokerAdmin);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var listed = await management.GetFromJsonAsync<JsonElement>("/api/queues?columns=name,messages");
            var queued = listed.EnumerateArray().Sum(queue => queue.TryGetProperty("messages", out var messages) ? messages.GetInt32() : 0);
            long unpublished = 0, unsent = 0;
            foreach (var database in databases)
            {
                unpublished += await Database.UnpublishedEventsAsync(database);
                unsent += await Database.PendingDeliveriesAsync(database);
            }

            if (queued == 0 && unpublished == 0 && unsent == 0)
            {
                Console.WriteLine($"Backlog drained after {clock.Elapsed.TotalSeconds:0} s.");
                return;
            }

            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"{unpublished} events unpublished, {queued} messages queued and {unsent} deliveries unsent after ten minutes.");
            }

            await Task.Delay(1000);
        }
    }
}
