using APPlatform.AppHost;
using APPlatform.Bench;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Daily returns posted by both demo providers' clients through the gateway, then straight to Attendance.Service with
// the same tokens, on one freshly started platform exporting its telemetry as a deployment does: absences (10 a return)
// and class registers of present marks (30 a return). Prints marks/s, p50 and p99 for each, the time from an absence
// to the school's inbox, and the targets.
var placementsPerProvider = Option("--placements-per-provider", 500);
var absencesPerReturn = Option("--marks-per-return", 10);
var presentPerReturn = Option("--present-per-return", 30);
var concurrency = Option("--concurrency", 16);
var days = Option("--days", 3);
// Present marks are cheap: their rounds take more days, so that they last about as long as the absences' rounds.
var presentDays = Option("--present-days", 4 * days);
var rounds = Option("--rounds", 3);
var absenceRate = Option("--absence-rate", 1000);
var rateDays = Option("--rate-days", 8);
// A soak (bench/soak.sh) posts for this long instead, at --soak-rate marks/s (half the measured capacity if not given).
var soakMinutes = Option("--soak-minutes", 0);
var soakRate = Option("--soak-rate", 0);
var soakWindow = Option("--soak-window", 5);
// The share of requests the services trace, as a deployment's setting (10%, the base manifests'); 100 traces every one,
// as a local run does for its dashboard.
var tracePercent = Option("--trace-percent", 10);

// Enough school days behind today for every return to take a day of its own: a soak's hundreds.
var daysBehind = soakMinutes > 0 ? 1500 : 150;

BenchEnvironment.PastDaysOnly(daysBehind);
// The N-mark check runs at midnight, never in a register's peak; the returns here are back-dated, so a run that crossed
// midnight would have it decide every absence of the run at once.
Environment.SetEnvironmentVariable("Attendance__UnexplainedMarkDays", "1000");
if (soakMinutes > 0)
{
    // Retention short enough that a soak of minutes shows the plumbing tables level off, as days do in service.
    Environment.SetEnvironmentVariable("Messaging__Retention", "00:05:00");
    Environment.SetEnvironmentVariable("Idempotency__Retention", "00:05:00");
}

var data = Path.Combine(Path.GetTempPath(), $"applatform-bench-{Guid.NewGuid():N}");

// The AppHost's own model, started by Aspire.Hosting.Testing with servers of its own (Release builds, as bench/attendance.sh makes them).
var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
    ["--environment=Development", "--Platform:FreePorts=true", $"--Platform:DataDirectory={data}"]);
// The servers' own logs (PostgreSQL writes every line to stderr) would bury the figures.
builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddFilter("AppHost.Resources", LogLevel.None));
await using var telemetry = await TelemetrySink.StartAsync();
telemetry.Receive(builder, tracePercent);
var platform = await builder.BuildAsync();

try
{
    Console.WriteLine("Starting the platform...");
    await platform.StartAsync();
    await platform.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Gateway);
    var gateway = platform.GetEndpoint(ResourceNames.Gateway, "http");
    var attendance = platform.GetEndpoint("attendance", "http");
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });

    var tokens = await BenchPlatform.ProviderTokensAsync(http, gateway);
    var placements = await BenchPlatform.SeedPlacementsAsync((await platform.GetConnectionStringAsync(ResourceNames.Messaging))!, placementsPerProvider, daysBehind);
    await BenchPlatform.WaitForCopiesAsync(http, attendance, tokens, placementsPerProvider);
    var brokerAdmin = new Uri((await platform.GetConnectionStringAsync(ResourceNames.BrokerAdmin))!);
    var databases = new Dictionary<string, string>();
    foreach (var database in Database.Services)
    {
        databases[database] = (await platform.GetConnectionStringAsync(database))!;
    }

    Task DrainedAsync() => BenchPlatform.WaitForBacklogToDrainAsync(brokerAdmin, databases.Values);
    await DrainedAsync();

    // Each return: one provider's day and session for a slice of its pupils. Every run takes days of its own.
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var nextDay = 1;
    List<PlannedReturn> Returns(string status, int perReturn, int dayCount)
    {
        var firstDay = nextDay;
        nextDay += dayCount;
        return (from day in Enumerable.Range(firstDay, dayCount)
                from session in new[] { "AM", "PM" }
                from provider in placements
                from slice in provider.Value.Chunk(perReturn)
                select new PlannedReturn(provider.Key, new
                {
                    date = today.AddDays(-day).ToString("yyyy-MM-dd"),
                    marks = slice.Select(p => new { placementId = p, session, status, reason = status == "absent" ? "Not arrived" : null }).ToArray(),
                }, slice.Length)).ToList();
    }

    // Rounds alternate gateway and direct. Each starts once the last one's follow-on work (outboxes, notifications) is
    // done, so every round carries only its own: without that, each round handed part of its work to the next, and the
    // present-mark rounds carried the absences' notifications.
    await ReturnsLoad.RunAsync("warm-up", http, gateway, tokens, Returns("absent", absencesPerReturn, 1).Take(200).ToList(), concurrency);
    if (soakMinutes > 0)
    {
        var rate = soakRate > 0 ? soakRate
            : (await ReturnsLoad.RunAsync("capacity", http, gateway, tokens, Returns("absent", absencesPerReturn, days), concurrency)).MarksPerSecond / 2;
        await DrainedAsync();
        return await Soak.RunAsync(http, gateway, databases, Returns, placements.Sum(p => p.Value.Count) * 2 / absencesPerReturn,
            rate, soakMinutes, soakWindow, absencesPerReturn);
    }

    // The first present-mark round after the absences carries the threshold announcements its marks cause, so the
    // gateway and the direct round take turns going first (the gateway in the first round, and so in more of them).
    var results = new List<Result>();
    for (var round = 0; round < rounds; round++)
    {
        (string Name, Uri Target)[] targets = [("gateway", gateway), ("direct", attendance)];
        if (round % 2 == 1)
        {
            Array.Reverse(targets);
        }

        foreach (var (name, target, status, perReturn, dayCount) in
                 from kind in new[] { (Status: "absent", PerReturn: absencesPerReturn, Days: days), (Status: "present", PerReturn: presentPerReturn, Days: presentDays) }
                 from route in targets
                 select ($"{kind.Status}, {route.Name}", route.Target, kind.Status, kind.PerReturn, kind.Days))
        {
            await DrainedAsync();
            results.Add(await ReturnsLoad.RunAsync(name, http, target, tokens, Returns(status, perReturn, dayCount), concurrency));
        }
    }

    // The target load, held for a while: absences at the rate the target names, timed from when each was due.
    await DrainedAsync();
    var atRate = Returns("absent", absencesPerReturn, rateDays);
    var rateFrom = DateTimeOffset.UtcNow;
    var steady = await ReturnsLoad.RunAtRateAsync($"absent at {absenceRate}/s", http, gateway, tokens, atRate, absenceRate / (double)absencesPerReturn);
    var rateTo = DateTimeOffset.UtcNow;
    await DrainedAsync();
    var inbox = await NotificationLatency.MeasureAsync(databases["notificationdb"], databases["attendancedb"], rateFrom, rateTo);

    Console.WriteLine();
    Console.WriteLine($"medians of {rounds} rounds, {concurrency} concurrent clients, {absencesPerReturn} absences or {presentPerReturn} present marks a return:");
    Console.WriteLine($"{"",-17} {"marks/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7}   CPU ms per 1000 marks");
    var summary = new Dictionary<string, (double MarksPerSecond, double P50, double P99)>();
    foreach (var group in results.GroupBy(r => r.Name))
    {
        var row = (Statistics.Median(group.Select(r => r.MarksPerSecond)), Statistics.Median(group.Select(r => r.P50)), Statistics.Median(group.Select(r => r.P99)));
        summary[group.Key] = row;
        var cpu = group.SelectMany(r => r.CpuMsPerThousandMarks).GroupBy(c => c.Key).Select(c => $"{c.Key} {Statistics.Median(c.Select(x => x.Value)):0}");
        Console.WriteLine($"{group.Key,-17} {row.Item1,9:0} {row.Item2,8:0.0} {row.Item3,8:0.0} {group.Sum(r => r.Errors),7}   {string.Join(", ", cpu)}");
    }

    var (absent, absentDirect, present) = (summary["absent, gateway"], summary["absent, direct"], summary["present, gateway"]);
    Console.WriteLine($"{steady.Name,-17} {steady.MarksPerSecond,9:0} {steady.P50,8:0.0} {steady.P99,8:0.0} {steady.Errors,7}   " +
        string.Join(", ", steady.CpuMsPerThousandMarks.Select(c => $"{c.Key} {c.Value:0}")));
    Console.WriteLine($"absence to inbox at {absenceRate}/s, {inbox.Count} absences: p50/p99 ms {inbox.P50:0}/{inbox.P99:0}, of which waiting " +
        $"to be confirmed by the broker (Attendance's outbox) {inbox.OutboxP50:0}/{inbox.OutboxP99:0}, then to the inbox item (queue, Notification) {inbox.QueueP50:0}/{inbox.QueueP99:0}");
    Console.WriteLine();
    Console.WriteLine($"{"through the gateway",-52} {"measured",9}   target");
    Target("absences a second, at capacity", absent.MarksPerSecond, ">=", 1000);
    Target($"p99 ms of a return of absences at {absenceRate}/s", steady.P99, "<=", 100);
    Target($"present marks a second at capacity (returns of {presentPerReturn})", present.MarksPerSecond, ">=", 5000);
    Target($"absence to school inbox at {absenceRate}/s: p50 ms", inbox.P50, "<=", 1000);
    Target($"absence to school inbox at {absenceRate}/s: p99 ms", inbox.P99, "<=", 2000);
    Target("gateway/direct throughput, absences at capacity", absent.MarksPerSecond / absentDirect.MarksPerSecond, ">=", 0.9);
    Console.WriteLine($"telemetry: {tracePercent}% of requests traced; {telemetry.Exports} OTLP exports received from the services");
    return results.Append(steady).Sum(r => r.Errors) == 0 ? 0 : 1;
}
finally
{
    await platform.DisposeAsync();
    Directory.Delete(data, recursive: true);
}

static void Target(string figure, double measured, string comparison, double target)
{
    var met = comparison == ">=" ? measured >= target : measured <= target;
    Console.WriteLine($"{figure,-52} {measured,9:0.##}   {comparison} {target,-6} {(met ? "met" : "NOT met")}");
}

int Option(string name, int fallback) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
