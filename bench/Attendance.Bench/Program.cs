using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.Contracts.Placements;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Daily returns of absences, posted by both demo providers' clients through the gateway, then straight to
// Attendance.Service with the same tokens, on one freshly started platform. Prints marks/s, p50 and p99 for each.
var placementsPerProvider = Option("--placements-per-provider", 500);
var marksPerReturn = Option("--marks-per-return", 10);
var concurrency = Option("--concurrency", 16);
var days = Option("--days", 4);
var rounds = Option("--rounds", 3);

// Past days only (today's cut-offs are pushed to midnight so they do not fire mid-run), within the correction window.
Environment.SetEnvironmentVariable("Attendance__CorrectionWindowDays", "90");
Environment.SetEnvironmentVariable("Attendance__MorningCutoff", "23:59:58");
Environment.SetEnvironmentVariable("Attendance__AfternoonCutoff", "23:59:59");
Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Warning");

var data = Path.Combine(Path.GetTempPath(), $"applatform-bench-{Guid.NewGuid():N}");

// The AppHost's own model, started by Aspire.Hosting.Testing with servers of its own (Release builds, as bench/attendance.sh makes them).
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
    ["--environment=Development", "--Platform:FreePorts=true", $"--Platform:DataDirectory={data}"]);
builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
var platform = await builder.BuildAsync();

try
{
    Console.WriteLine("Starting the platform...");
    await platform.StartAsync();
    await platform.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway);
    var gateway = platform.GetEndpoint(ResourceNames.Gateway, "http");
    var attendance = platform.GetEndpoint("attendance", "http");
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

    var providers = new[] { ("demo-provider", Guid.Parse("9d000000-0000-0000-0000-000000000001")), ("demo-provider-2", Guid.Parse("9d000000-0000-0000-0000-000000000002")) };
    var tokens = new Dictionary<Guid, string>();
    foreach (var (client, id) in providers)
    {
        var response = await http.PostAsync(new Uri(gateway, "/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = $"{client}-secret",
        }));
        tokens[id] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    var placements = await SeedAsync((await platform.GetConnectionStringAsync(ResourceNames.Messaging))!, providers.Select(p => p.Item2).ToList(), placementsPerProvider);
    await WaitForCopiesAsync(http, attendance, tokens, placementsPerProvider);

    // Each return: one provider's day and session for a slice of its pupils. Gateway and direct use different days.
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    List<(Guid Provider, object Body)> Returns(int firstDay) =>
        (from day in Enumerable.Range(firstDay, days)
         from session in new[] { "AM", "PM" }
         from provider in placements
         from slice in provider.Value.Chunk(marksPerReturn)
         select (provider.Key, (object)new
         {
             date = today.AddDays(-day).ToString("yyyy-MM-dd"),
             marks = slice.Select(p => new { placementId = p, session, status = "absent", reason = "Not arrived" }).ToArray(),
         })).ToList();

    // Rounds alternate gateway and direct on fresh days, so background work (the outbox, the event log) weighs on both.
    await RunAsync("warm-up", http, gateway, tokens, Returns(1).Take(200).ToList(), concurrency, marksPerReturn);
    var results = new List<Result>();
    for (var round = 0; round < rounds; round++)
    {
        var firstDay = 2 + 2 * round * days;
        results.Add(await RunAsync("gateway", http, gateway, tokens, Returns(firstDay), concurrency, marksPerReturn));
        results.Add(await RunAsync("direct", http, attendance, tokens, Returns(firstDay + days), concurrency, marksPerReturn));
    }

    Console.WriteLine();
    Console.WriteLine($"medians of {rounds} rounds, {concurrency} concurrent clients, {marksPerReturn} absences a return:");
    Console.WriteLine($"{"",-8} {"marks/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}   CPU ms per 1000 marks");
    var summary = new Dictionary<string, (double MarksPerSecond, double P50, double P99)>();
    foreach (var group in results.GroupBy(r => r.Name))
    {
        var row = (Median(group.Select(r => r.MarksPerSecond)), Median(group.Select(r => r.P50)), Median(group.Select(r => r.P99)));
        summary[group.Key] = row;
        var cpu = group.SelectMany(r => r.CpuMsPerThousandMarks).GroupBy(c => c.Key).Select(c => $"{c.Key} {Median(c.Select(x => x.Value)):0}");
        Console.WriteLine($"{group.Key,-8} {row.Item1,9:0} {row.Item2,8:0.0} {row.Item3,8:0.0} {group.Sum(r => r.Errors),7}   {string.Join(", ", cpu)}");
    }

    var (viaGateway, direct) = (summary["gateway"], summary["direct"]);
    Console.WriteLine($"gateway/direct: throughput {viaGateway.MarksPerSecond / direct.MarksPerSecond:0.00}x, p50 {viaGateway.P50 / direct.P50:0.00}x, p99 {viaGateway.P99 / direct.P99:0.00}x");
    Console.WriteLine($"target through the gateway: >= 1000 marks/s with p99 <= 100 ms: {(viaGateway.MarksPerSecond >= 1000 && viaGateway.P99 <= 100 ? "met" : "NOT met")}");
    return results.Sum(r => r.Errors) == 0 ? 0 : 1;
}
finally
{
    await platform.DisposeAsync();
    Directory.Delete(data, recursive: true);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;

// Plays Referral.Service: the placements start as its events say, timetabled every day, AM and PM.
static async Task<Dictionary<Guid, List<Guid>>> SeedAsync(string messaging, List<Guid> providers, int perProvider)
{
    var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(messaging)));
    await bus.StartAsync();
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var timetable = Enum.GetValues<DayOfWeek>().SelectMany(day => new[]
    {
        new TimetabledSession(day, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0)), new TimetabledSession(day, "PM", new TimeOnly(13, 0), new TimeOnly(15, 0)),
    }).ToList();
    var placements = providers.ToDictionary(p => p, _ => new List<Guid>());
    foreach (var provider in providers)
    {
        for (var i = 0; i < perProvider; i++)
        {
            var id = Guid.NewGuid();
            placements[provider].Add(id);
            await bus.Publish(new PlacementStarted(new PlacementDetails(id, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "school", Guid.NewGuid(), provider, null,
                "approved_activity", today.AddDays(-100), today.AddDays(100), timetable, 25, true, false, false), DateTimeOffset.UtcNow));
        }
    }

    await bus.StopAsync();
    return placements;
}

static async Task WaitForCopiesAsync(HttpClient http, Uri attendance, Dictionary<Guid, string> tokens, int perProvider)
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

static async Task<Result> RunAsync(string name, HttpClient http, Uri target, Dictionary<Guid, string> tokens, List<(Guid Provider, object Body)> returns, int concurrency, int marksPerReturn)
{
    var latencies = new double[returns.Count];
    var errors = 0;
    var next = -1;
    var cpuBefore = CpuSeconds();
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
    {
        for (var i = Interlocked.Increment(ref next); i < returns.Count; i = Interlocked.Increment(ref next))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "/api/attendance/returns")) { Content = JsonContent.Create(returns[i].Body) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[returns[i].Provider]);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                if (Interlocked.Increment(ref errors) <= 3)
                {
                    Console.WriteLine($"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
    }));
    var elapsed = clock.Elapsed.TotalSeconds;
    var cpuAfter = CpuSeconds();
    Array.Sort(latencies);
    double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
    var marks = returns.Count * marksPerReturn;
    Console.WriteLine($"{name}: {returns.Count} returns, {marks} marks in {elapsed:0.0} s");
    var cpu = cpuAfter.ToDictionary(c => c.Key, c => (c.Value - cpuBefore.GetValueOrDefault(c.Key)) * 1000 * 1000 / marks);
    return new Result(name, returns.Count, marks, marks / elapsed, Percentile(0.5), Percentile(0.99), errors, cpu);
}

// CPU seconds used so far by each part of the platform, from /proc: where the time goes.
static Dictionary<string, double> CpuSeconds()
{
    var parts = new Dictionary<string, string>
    {
        ["Gateway.dll"] = "gateway", ["Attendance.Service.dll"] = "attendance", ["Notification.Service.dll"] = "notification",
        ["Referral.Service.dll"] = "referral", ["Directory.Service.dll"] = "directory", ["postgres"] = "postgres", ["beam.smp"] = "rabbitmq", ["redis-server"] = "redis",
    };
    var totals = parts.Values.Distinct().ToDictionary(p => p, _ => 0.0);
    foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
    {
        try
        {
            var command = File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ');
            var part = parts.FirstOrDefault(p => command.Contains(p.Key)).Value;
            if (part is null)
            {
                continue;
            }

            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            totals[part] += (double.Parse(fields[11]) + double.Parse(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
        }
        catch (IOException)
        {
            // The process ended while being read.
        }
    }

    return totals;
}

internal sealed record Result(string Name, int Requests, int Marks, double MarksPerSecond, double P50, double P99, int Errors, Dictionary<string, double> CpuMsPerThousandMarks);
