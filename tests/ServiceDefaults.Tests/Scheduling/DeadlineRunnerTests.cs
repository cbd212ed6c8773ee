using System.Collections.Concurrent;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Tests.Messaging;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace APPlatform.ServiceDefaults.Tests.Scheduling;

/// <summary>
/// Running due deadlines on demand (IDeadlineRunner), by the service's clock, over real PostgreSQL: what is due runs
/// once, what is not yet due waits, and a run asked for while the scanner holds a deadline waits for it.
/// </summary>
public sealed class DeadlineRunnerTests(TestServers servers)
{
    [Fact]
    public async Task ADeadlineRunsOnceWhenTheServicesClockReachesItAndNotBefore()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        await service.ScheduleAsync("a", service.Clock.GetUtcNow().AddHours(1));

        var early = await service.Runner.RunDueNowAsync();
        service.Clock.Advance(TimeSpan.FromHours(1));
        var due = await service.Runner.RunDueNowAsync();
        var again = await service.Runner.RunDueNowAsync();

        Assert.Equal((0, 1, 0), (early, due, again));
        Assert.Equal(["a"], service.Probe.Handled);
    }

    [Fact]
    public async Task WhatADeadlineMakesDueRunsInTheSameRun()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        await service.ScheduleAsync("chain:3", service.Clock.GetUtcNow().AddMinutes(-1));

        var ran = await service.Runner.RunDueNowAsync();

        Assert.Equal(3, ran);
        Assert.Equal(["chain:3", "chain:2", "chain:1"], service.Probe.Handled);
    }

    [Fact]
    public async Task ARunAskedForWhileAnotherHoldsADeadlineWaitsForItAndDoesNotRunItAgain()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        var first = await service.RunWhileItsHandlerHoldsADeadlineAsync();

        var second = service.Runner.RunDueNowAsync();
        await Eventually.Until(service.LockWaitsAsync, waiting => waiting > 0, because: "the second run should wait on the deadline's row");
        var finishedWhileHeld = second.IsCompleted;
        service.Probe.Release.SetResult();

        Assert.False(finishedWhileHeld);
        Assert.Equal((1, 0), (await first, await second));
        Assert.Equal(["held"], service.Probe.Handled);
    }

    [Fact]
    public async Task ARunThatWaitedForAnotherAlsoRunsWhatThatOneMadeDue()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        await service.ScheduleAsync("other", service.Clock.GetUtcNow().AddMinutes(-1));
        await using var scope = service.Scope();
        var scanner = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        await using var transaction = await scanner.Database.BeginTransactionAsync();
        var held = await scanner.Set<Deadline>().FromSqlRaw("""SELECT * FROM "Deadlines" WHERE "Subject" = 'other' FOR UPDATE""").SingleAsync();

        var run = service.Runner.RunDueNowAsync();
        await Eventually.Until(service.LockWaitsAsync, waiting => waiting > 0, because: "the run should wait on the deadline another holds");
        // As another scanner would: it runs the deadline, whose handler makes another due, and commits.
        held.FiredAt = service.Clock.GetUtcNow();
        scanner.AddDeadline("test", "made due", service.Clock.GetUtcNow().AddMinutes(-1), new { });
        await scanner.SaveChangesAsync();
        await transaction.CommitAsync();

        Assert.Equal(1, await run);
        Assert.Equal(["made due"], service.Probe.Handled);
    }

    /// <summary>
    /// A PostgreSQL restart under load ended connections between a webhook's 200 and the commit that records it, and
    /// the deadline's retry called the webhook again (the chaos run counted the second call). A handler that acts
    /// outside the database keeps its outcome instead: here it ends its own connection, as the restart did.
    /// </summary>
    [Fact]
    public async Task WorkDoneOutsideTheDatabaseIsNotRepeatedWhenTheConnectionIsLostBeforeItsOutcomeCommits()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        await service.ScheduleAsync("loses its connection", service.Clock.GetUtcNow().AddMinutes(-1));

        await service.Runner.RunDueNowAsync();
        service.Clock.Advance(TimeSpan.FromDays(1)); // past any retry the scanner could have put it off to
        await service.Runner.RunDueNowAsync();

        Assert.Equal(["loses its connection"], service.Probe.Handled);
        await using var scope = service.Scope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
        Assert.NotNull((await db.Set<Deadline>().SingleAsync(d => d.Subject == "loses its connection")).FiredAt);
        Assert.Equal(["loses its connection"], await db.Notes.Select(n => n.Text).ToListAsync());
    }

    /// <summary>
    /// The chaos run's PostgreSQL restart came between an email's sending and the commit that records it, and the other
    /// replica, finding the deadline due and its lock gone with the restart, sent the email again before the first kept
    /// its outcome. The deadline is leased before its handler runs: here the database ends the running handler's session
    /// as a restart does, and a run meanwhile neither repeats the work nor waits.
    /// </summary>
    [Fact]
    public async Task AnotherRunLeavesADeadlineWhoseHandlerLostTheDatabaseMidWayToKeepItsOutcome()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        var first = await service.RunWhileItsHandlerHoldsADeadlineAsync();

        await service.EndSessionsHoldingATransactionAsync();
        var meanwhile = await service.Runner.RunDueNowAsync();
        service.Probe.Release.SetResult();

        Assert.Equal((0, 1), (meanwhile, await first));
        Assert.Equal(["held"], service.Probe.Handled);
        service.Clock.Advance(DeadlineScanner<MessagingTestDbContext>.Lease);
        Assert.Equal(0, await service.Runner.RunDueNowAsync());
    }

    /// <summary>
    /// A deadline that fails during a fault (a service it asks is down) is retried after seconds, not minutes, so the
    /// backlog drains soon after the fault ends; each further failure doubles the wait.
    /// </summary>
    [Fact]
    public async Task AFailedDeadlineIsRetriedFiveSecondsLaterThenTenSecondsAfterItsSecondFailure()
    {
        await using var service = await ScheduledService.StartAsync(servers);
        await service.ScheduleAsync("fails twice", service.Clock.GetUtcNow());
        var handledAt = new List<int>();

        async Task RunAfter(int seconds)
        {
            service.Clock.Advance(TimeSpan.FromSeconds(seconds));
            await service.Runner.RunDueNowAsync();
            handledAt.Add(service.Probe.Handled.Count);
        }

        foreach (var seconds in new[] { 0, 4, 1, 9, 1, 60 })
        {
            await RunAfter(seconds);
        }

        // Tried at 0 s (fails), not at 4 s, at 5 s (fails), not at 14 s, at 15 s (succeeds), and never again.
        Assert.Equal([1, 1, 2, 2, 3, 3], handledAt);
        await using var scope = service.Scope();
        var deadline = await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Set<Deadline>().SingleAsync();
        Assert.Equal((2, true), (deadline.Attempts, deadline.FiredAt is not null));
    }

    /// <summary>What the handler did: the subjects it handled, in order; it holds "held" until released.</summary>
    private sealed class Probe
    {
        public ConcurrentQueue<string> Handled { get; } = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Handles "test" deadlines; "chain:N" schedules "chain:N-1", due at once, until N is 1; "loses its connection"
    /// notes what it did (its work outside the database) and has PostgreSQL end its own connection; "fails twice" throws
    /// on its first two attempts.
    /// </summary>
    private sealed class TestDeadline(MessagingTestDbContext db, Probe probe, TimeProvider clock) : IDeadlineHandler
    {
        public string Kind => "test";

        public bool ActsOutsideTheDatabase => true;

        public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
        {
            probe.Handled.Enqueue(deadline.Subject);
            if (deadline.Subject == "held")
            {
                probe.Entered.SetResult();
                await probe.Release.Task.WaitAsync(cancellationToken);
            }

            if (deadline.Subject == "loses its connection")
            {
                db.Notes.Add(new Note { Id = Guid.NewGuid(), Text = deadline.Subject });
                var ownBackend = ((NpgsqlConnection)db.Database.GetDbConnection()).ProcessID;
                await using var admin = new NpgsqlConnection(db.Database.GetConnectionString());
                await admin.OpenAsync(cancellationToken);
                await using var terminate = new NpgsqlCommand($"SELECT pg_terminate_backend({ownBackend})", admin);
                await terminate.ExecuteScalarAsync(cancellationToken);
            }

            if (deadline.Subject == "fails twice" && probe.Handled.Count <= 2)
            {
                throw new InvalidOperationException("The service it asks is down.");
            }

            if (deadline.Subject.StartsWith("chain:", StringComparison.Ordinal) && int.Parse(deadline.Subject[6..]) is > 1 and var n)
            {
                db.AddDeadline(Kind, $"chain:{n - 1}", clock.GetUtcNow(), new { });
            }
        }
    }

    /// <summary>
    /// A host with deadlines as a service has them, on a database of its own. It is not started, so no scanner looks on
    /// its own: every run is one the test asks for.
    /// </summary>
    private sealed class ScheduledService(IHost host, Probe probe, MovableClock clock) : IAsyncDisposable
    {
        public Probe Probe => probe;

        public MovableClock Clock => clock;

        public IDeadlineRunner Runner => host.Services.GetRequiredService<IDeadlineRunner>();

        public static async Task<ScheduledService> StartAsync(TestServers servers)
        {
            var database = await servers.CreateDatabaseAsync("scheduling");
            var builder = Host.CreateApplicationBuilder();
            var clock = new MovableClock();
            var probe = new Probe();
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(probe);
            builder.Services.AddDbContext<MessagingTestDbContext>(db => db.UseNpgsql(database));
            builder.AddDeadlines<MessagingTestDbContext>();
            builder.Services.AddDeadlineHandler<TestDeadline>();
            var host = builder.Build();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.EnsureCreatedAsync();
            }

            return new ScheduledService(host, probe, clock);
        }

        public AsyncServiceScope Scope() => host.Services.CreateAsyncScope();

        public async Task ScheduleAsync(string subject, DateTimeOffset dueAt)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>();
            db.AddDeadline("test", subject, dueAt, new { });
            await db.SaveChangesAsync();
        }

        /// <summary>How many of this database's sessions are waiting for a lock.</summary>
        /// <summary>Starts a run on a due deadline, "held", and returns it once its handler is holding that deadline until released.</summary>
        public async Task<Task<int>> RunWhileItsHandlerHoldsADeadlineAsync()
        {
            await ScheduleAsync("held", clock.GetUtcNow().AddMinutes(-1));
            var run = Runner.RunDueNowAsync();
            await probe.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
            return run;
        }

        /// <summary>Ends every other session in the middle of a transaction, as a PostgreSQL restart would.</summary>
        public async Task EndSessionsHoldingATransactionAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.ExecuteSqlRawAsync(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction' AND pid <> pg_backend_pid()");
        }

        public async Task<int> LockWaitsAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database
                .SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                .SingleAsync();
        }

        public async ValueTask DisposeAsync()
        {
            probe.Release.TrySetResult();
            await ((IAsyncDisposable)host).DisposeAsync();
        }
    }
}
