using System.Diagnostics;
using APPlatform.AppHost;

namespace APPlatform.Chaos;

/// <summary>
/// The faults, one after another with quiet gaps, as an operator or a bad day would cause them: five kill -9s of a
/// random service replica, the broker stopped twice, PostgreSQL restarted, the school's webhook receiver answering 500
/// and the mail relay down together for a minute. Each is logged with when it began and ended.
/// </summary>
public sealed class Faults(ChaosPlatform platform, Subscribers subscribers, ChaosOptions options)
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromMinutes(3);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int kills;

    public List<string> Log { get; } = [];

    /// <summary>
    /// Roughly how long <see cref="RunAsync"/> takes, with what recovery took on this machine (a replica about 15 s to
    /// be healthy again, the broker about 45 s after it starts, PostgreSQL 10 s): the load is spread over it.
    /// </summary>
    public TimeSpan Duration => options.LongOutage + options.ShortOutage + options.Window + options.Gap * 8
                                + TimeSpan.FromSeconds(ChaosOptions.KillCount * 15 + 2 * 45 + 10);

    /// <summary>Runs every fault; returns when the last is over and what it stopped is healthy again.</summary>
    public async Task RunAsync()
    {
        await Task.Delay(options.Gap);
        await KillReplicaAsync();
        await Task.Delay(options.Gap);
        await BrokerOutageAsync(options.LongOutage);
        await Task.Delay(options.Gap);
        await KillReplicaAsync();
        await Task.Delay(options.Gap);
        await Task.WhenAll(WebhookFailingAsync(), MailRelayDownAsync(), AfterAsync(options.Window / 2, KillReplicaAsync));
        await Task.Delay(options.Gap);
        await DatabaseRestartAsync();
        await Task.Delay(options.Gap);
        await KillReplicaAsync();
        await Task.Delay(options.Gap);
        await BrokerOutageAsync(options.ShortOutage);
        await Task.Delay(options.Gap);
        await KillReplicaAsync();
    }

    private static async Task AfterAsync(TimeSpan delay, Func<Task> fault)
    {
        await Task.Delay(delay);
        await fault();
    }

    /// <summary>kill -9 of a running replica: requests in flight on it fail, its uncommitted work rolls back.</summary>
    private async Task KillReplicaAsync()
    {
        var victims = ChaosOptions.KillableServices.SelectMany(platform.Replicas).Where(r => r is { State: "Running", ProcessId: not null }).ToList();
        var victim = victims[Random.Shared.Next(victims.Count)];
        var began = clock.Elapsed;
        Process.GetProcessById(victim.ProcessId!.Value).Kill(); // SIGKILL: no shutdown hooks, no graceful drain
        await Task.Delay(TimeSpan.FromSeconds(3));
        var after = platform.Replicas(victim.Project).Single(r => r.ResourceId == victim.ResourceId);
        var restartedByDcp = after.State is "Running" or "Starting";
        if (!restartedByDcp)
        {
            // DCP does not restart a replica that exited: the operator does, as from the dashboard.
            await platform.CommandAsync(victim.ResourceId, "resource-start");
        }

        await RecoverAsync(victim.ResourceId);
        Record(began, $"kill -9 #{++kills} of {victim.ResourceId} (pid {victim.ProcessId}); it was {after.State} 3 s later, "
                      + (restartedByDcp ? "DCP restarted it" : "restarted with resource-start"));
    }

    private async Task BrokerOutageAsync(TimeSpan outage)
    {
        var began = clock.Elapsed;
        await platform.CommandAsync(ResourceNames.Messaging, "resource-stop");
        await Task.Delay(outage);
        await platform.CommandAsync(ResourceNames.Messaging, "resource-start");
        await RecoverAsync(ResourceNames.Messaging);
        Record(began, $"RabbitMQ stopped for {outage.TotalSeconds:0} s (resource-stop, resource-start)");
    }

    private async Task DatabaseRestartAsync()
    {
        var began = clock.Elapsed;
        await platform.CommandAsync(ResourceNames.Postgres, "resource-restart");
        await RecoverAsync(ResourceNames.Postgres);
        Record(began, "PostgreSQL restarted (resource-restart)");
    }

    private async Task WebhookFailingAsync()
    {
        var began = clock.Elapsed;
        subscribers.School.Fail(int.MaxValue);
        await Task.Delay(options.Window);
        subscribers.School.Fail(0);
        Record(began, $"demo-school's webhook receiver answered 500 for {options.Window.TotalSeconds:0} s");
    }

    private async Task MailRelayDownAsync()
    {
        var began = clock.Elapsed;
        await platform.CommandAsync(ResourceNames.MailSink, "resource-stop");
        await Task.Delay(options.Window);
        await platform.CommandAsync(ResourceNames.MailSink, "resource-start");
        await RecoverAsync(ResourceNames.MailSink);
        Record(began, $"mail relay down for {options.Window.TotalSeconds:0} s (resource-stop, resource-start)");
    }

    private async Task RecoverAsync(string resourceId)
    {
        try
        {
            await platform.WaitUntilHealthyAsync(resourceId, RecoveryTimeout);
        }
        catch (TimeoutException late)
        {
            Record(clock.Elapsed, $"NOT RECOVERED: {late.Message}");
        }
    }

    private void Record(TimeSpan began, string what)
    {
        var line = $"  {began.TotalSeconds,5:0} s to {clock.Elapsed.TotalSeconds,5:0} s  {what}";
        lock (Log)
        {
            Log.Add(line);
        }

        Console.WriteLine(line);
    }
}
