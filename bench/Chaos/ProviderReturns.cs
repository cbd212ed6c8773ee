using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Bench;
using APPlatform.Contracts.Placements;
using MassTransit;

namespace APPlatform.Chaos;

/// <summary>A mark a provider was told was recorded (its return answered 2xx).</summary>
public sealed record AcknowledgedMark(Guid PlacementId, DateOnly Date, string Session, string Status);

/// <summary>
/// Both demo providers' daily returns for placements seeded at the demo school (so its attendance lead is emailed
/// each absence and its webhook subscriber told), one mark in ten an absence, paced to spread over the faults.
/// </summary>
public sealed class ProviderReturns(ChaosOptions options, Dictionary<Guid, RetryingClient> providers)
{
    public static readonly Guid DemoSchool = Guid.Parse("5c000000-0000-0000-0000-000000000001");
    public static readonly Guid DemoLa = Guid.Parse("1a000000-0000-0000-0000-000000000001");

    private readonly Dictionary<Guid, List<Guid>> placements = [];

    public ConcurrentBag<AcknowledgedMark> Acknowledged { get; } = [];

    public IEnumerable<Guid> PlacementIds => placements.Values.SelectMany(p => p);

    /// <summary>
    /// Plays Referral.Service for the marked placements, as bench/attendance.sh does (<see cref="SeededPlacement"/>),
    /// then waits for Attendance.Service to hold them all.
    /// </summary>
    public async Task SeedAsync(string messaging)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(messaging)));
        await bus.StartAsync();
        foreach (var provider in providers.Keys)
        {
            placements[provider] = [.. Enumerable.Range(0, options.PlacementsPerProvider).Select(_ => Guid.NewGuid())];
            foreach (var id in placements[provider])
            {
                await bus.Publish(SeededPlacement.Started(id, provider, DemoSchool, DemoLa, DemoLa, daysBehind: 100));
            }
        }

        await bus.StopAsync();
        foreach (var (provider, client) in providers)
        {
            for (var waited = 0; ; waited++)
            {
                var copies = await client.GetAsync("/api/attendance/placements");
                if (copies.Succeeded && JsonDocument.Parse(copies.Body).RootElement.GetArrayLength() >= options.PlacementsPerProvider)
                {
                    break;
                }

                if (waited > 600)
                {
                    throw new TimeoutException($"Attendance.Service does not hold {client.Name}'s {options.PlacementsPerProvider} placements after a minute.");
                }

                await Task.Delay(100);
            }
        }
    }

    /// <summary>Posts every return, four at a time, spread over the faults.</summary>
    public async Task RunAsync(TimeSpan spread, Task faultsOver)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var returns = (from day in Enumerable.Range(1, options.Days)
                       from session in new[] { "AM", "PM" }
                       from provider in placements
                       from slice in provider.Value.Chunk(options.MarksPerReturn)
                       select (Provider: provider.Key, Date: today.AddDays(-day), Session: session,
                           Marks: slice.Select(p => new AcknowledgedMark(p, today.AddDays(-day), session, Absent(p, day, session) ? "absent" : "present")).ToList()))
            .ToList();
        await Paced.ForEachAsync(returns.Count, 4, spread, faultsOver, async i =>
        {
            var r = returns[i];
            var body = new
            {
                date = r.Date.ToString("yyyy-MM-dd"),
                marks = r.Marks.Select(m => new { placementId = m.PlacementId, session = m.Session, status = m.Status, reason = m.Status == "absent" ? "Not arrived" : null }),
            };
            var outcome = await providers[r.Provider].PostAsync("/api/attendance/returns", body);
            if (outcome.Succeeded)
            {
                r.Marks.ForEach(Acknowledged.Add);
            }
            else if (outcome.Status is not null)
            {
                Console.WriteLine($"  a return was refused: {(int)outcome.Status} {outcome.Body}");
            }
        });
    }

    /// <summary>One mark in ten, spread over placements, days and sessions.</summary>
    private static bool Absent(Guid placement, int day, string session) => (placement.GetHashCode() + day * 3 + (session == "AM" ? 0 : 7)) % 10 == 0;
}
