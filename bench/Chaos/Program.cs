using System.Diagnostics;
using APPlatform.AppHost;
using APPlatform.Bench;
using APPlatform.Chaos;

// The chaos run (issue 14): a platform of two replicas a service under a bounded load while replicas are killed and
// the broker, database, mail relay and a webhook receiver fail; then the ledger. Exits 1 unless every loss and
// duplicate count is 0 and the backlog drains within a minute of the last fault.
var options = ChaosOptions.From(args);
var drainLimit = TimeSpan.FromSeconds(60);

BenchEnvironment.PastDaysOnly(correctionWindowDays: 90);

var run = Stopwatch.StartNew();
Console.WriteLine($"Chaos run ({(options.Quick ? "quick" : "full")}): {options.Marks} marks from two providers, {options.Journeys} referral journeys, "
                  + $"two replicas of {string.Join(", ", ChaosOptions.ReplicatedProjects)}");
await using var platform = await ChaosPlatform.StartAsync();
Console.WriteLine($"Platform healthy after {run.Elapsed.TotalSeconds:0} s; its output goes to {ChaosPlatform.LogPath}");

var tally = new ClientTally();
Task<RetryingClient> SignInAsync(string client) => RetryingClient.SignInAsync(platform.Gateway, client, tally);
var providers = new Dictionary<Guid, RetryingClient>
{
    [Guid.Parse("9d000000-0000-0000-0000-000000000001")] = await SignInAsync("demo-provider"),
    [Guid.Parse("9d000000-0000-0000-0000-000000000002")] = await SignInAsync("demo-provider-2"),
};
var school = await SignInAsync("demo-school");
await using var subscribers = await Subscribers.StartAsync(school, await SignInAsync("demo-la"));
var returns = new ProviderReturns(options, providers);
await returns.SeedAsync(await platform.ConnectionStringAsync(ResourceNames.Messaging));
var journeys = new Journeys(options, school);
var faults = new Faults(platform, subscribers, options);

Console.WriteLine($"Load and faults, about {faults.Duration.TotalSeconds:0} s:");
var loadClock = Stopwatch.StartNew();
var faulting = faults.RunAsync();
var load = Task.WhenAll(returns.RunAsync(faults.Duration, faulting), journeys.RunAsync(faults.Duration, faulting));
await faulting;
var sinceLastFault = Stopwatch.StartNew();
await load;
Console.WriteLine($"  load done after {loadClock.Elapsed.TotalSeconds:0} s, {sinceLastFault.Elapsed.TotalSeconds:0} s after the last fault");

var (drained, backlog) = await new Backlog(platform).WaitForDrainAsync(sinceLastFault, TimeSpan.FromMinutes(5));
var ledger = new Ledger(platform, returns, journeys, subscribers, tally);
var lines = await ledger.CountAsync();

Console.WriteLine();
Console.WriteLine("Ledger:");
foreach (var line in lines)
{
    Console.WriteLine($"  {line.What,-62} {line.Count,7}{(line.MustBeZero ? line.Count == 0 ? "  ok" : "  FAILED (must be 0)" : "")}");
}

var drainedInTime = drained is { } seconds && seconds <= drainLimit;
Console.WriteLine($"  {"seconds for the backlog to drain after the last fault",-62} {(drained is { } d ? $"{d.TotalSeconds,7:0}" : "   >300")}"
                  + $"{(drainedInTime ? "  ok" : "  FAILED (limit 60)")}");
Console.WriteLine($"  backlog then: {backlog}");
foreach (var detail in ledger.Details)
{
    Console.WriteLine($"  {detail}");
}

foreach (var parked in await new Backlog(platform).ParkedAsync())
{
    Console.WriteLine($"  parked: {parked}");
}

foreach (var given in tally.GivenUp.Take(5).Concat(journeys.Abandoned.Take(5)))
{
    Console.WriteLine($"  gave up: {given}");
}

var passed = drainedInTime && backlog.Parked == 0 && lines.All(l => !l.MustBeZero || l.Count == 0);
Console.WriteLine($"{(passed ? "PASSED" : "FAILED")}: nothing lost or repeated, backlog drained within {drainLimit.TotalSeconds:0} s "
                  + $"({(passed ? "met" : "NOT met")}); run took {run.Elapsed.TotalMinutes:0.0} min");
return passed ? 0 : 1;
