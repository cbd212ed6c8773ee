using APPlatform.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Runs due deadlines, each in a transaction of its own with its handler's effects. A deadline is claimed with
/// FOR UPDATE SKIP LOCKED, so replicas share the work and none runs twice; one that fails is retried with a growing delay.
/// It looks every Scheduling:PollInterval, and whenever asked (<see cref="IDeadlineRunner"/>).
/// </summary>
internal sealed class DeadlineScanner<TContext>(
    IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, TimeProvider clock, ILogger<DeadlineScanner<TContext>> logger)
    : BackgroundService, IDeadlineRunner
    where TContext : DbContext
{
    private const int BatchSize = 50;
    /// <summary>A failed deadline's first retry: seconds, so that a fault's backlog drains soon after it ends.</summary>
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepOutcomeRetryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How far a deadline whose handler acts outside the database is put off, in a commit of its own, before the handler
    /// runs. Should the database go after the email or webhook went out (a restart ends every session, and with them the
    /// row's lock), no other replica takes the deadline up meanwhile, and this one keeps the outcome. Should this replica
    /// die instead, another runs the deadline once the lease is up.
    /// </summary>
    internal static readonly TimeSpan Lease = TimeSpan.FromSeconds(45);

    /// <summary>Within the lease, after a handler's longest run.</summary>
    private static readonly TimeSpan KeepOutcomeFor = Lease - IDeadlineHandler.LongestRun - TimeSpan.FromSeconds(5);

    /// <summary>Locks a deadline not yet fired ({0} is its id), waiting for another replica that holds it.</summary>
    private const string ClaimWaiting =
        $$"""SELECT * FROM "{{DeadlineConfiguration.TableName}}" WHERE "Id" = {0} AND "FiredAt" IS NULL FOR UPDATE""";

    /// <summary>The same, passing over a deadline another replica holds.</summary>
    private const string ClaimUnlessTaken = ClaimWaiting + " SKIP LOCKED";

    /// <summary>The same, failing at once (55P03) if another replica holds it.</summary>
    private const string ClaimOrFail = ClaimWaiting + " NOWAIT";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await RunBatchAsync(waitForClaimed: false, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not look for due deadlines; will look again in {Interval}", options.Value.PollInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> RunDueNowAsync(CancellationToken cancellationToken = default)
    {
        // Until a batch neither runs nor waits for anything: one that fails is put off to a later time, so this ends
        // unless handlers keep making work due; one waited for may have made more work due.
        var ran = 0;
        while (await RunBatchAsync(waitForClaimed: true, cancellationToken) is var batch && batch.Ran + batch.WaitedFor > 0)
        {
            ran += batch.Ran;
        }

        return ran;
    }

    /// <summary>
    /// Runs up to a batch of the deadlines due now; returns how many it ran and how many it waited for. One that
    /// another scanner holds is skipped, or with <paramref name="waitForClaimed"/> waited for (and run only if that
    /// scanner failed it).
    /// </summary>
    private async Task<(int Ran, int WaitedFor)> RunBatchAsync(bool waitForClaimed, CancellationToken cancellationToken)
    {
        List<(Guid Id, string Kind)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // A run that waits for what others hold looks at what they have leased too.
            var upTo = clock.GetUtcNow() + (waitForClaimed ? Lease : TimeSpan.Zero);
            due = [.. (await scope.ServiceProvider.GetRequiredService<TContext>().Set<Deadline>()
                .Where(d => d.FiredAt == null && d.DueAt <= upTo)
                .OrderBy(d => d.DueAt).Select(d => new { d.Id, d.Kind }).Take(BatchSize)
                .ToListAsync(cancellationToken)).Select(d => (d.Id, d.Kind))];
        }

        var (ran, waitedFor) = (0, 0);
        foreach (var (id, kind) in due)
        {
            var outcome = await RunAsync(id, kind, waitForClaimed, cancellationToken);
            ran += outcome == Outcome.Ran ? 1 : 0;
            waitedFor += outcome == Outcome.WaitedFor ? 1 : 0;
        }

        return (ran, waitedFor);
    }

    private async Task<Outcome> RunAsync(Guid id, string kind, bool waitForClaimed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var handler = scope.ServiceProvider.GetServices<IDeadlineHandler>().SingleOrDefault(h => h.Kind == kind);
        var leased = handler is { ActsOutsideTheDatabase: true };
        if (leased && await LeaseAsync(db, id, waitForClaimed, cancellationToken) is { Leased: false } lease)
        {
            return NotRun(lease.WaitedForAnother);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Leased, the deadline is this run's to take (waiting for no one but a run that found it not due).
        var (deadline, waited) = await ClaimDueAsync(db, id, waitForClaimed || leased, leased, cancellationToken);
        if (deadline is null)
        {
            return NotRun(waited);
        }

        var keepOutcome = false;
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No handler for deadlines of kind '{deadline.Kind}'.");
            }

            await handler.HandleAsync(deadline, cancellationToken);
            keepOutcome = handler.ActsOutsideTheDatabase;
            deadline.FiredAt = clock.GetUtcNow();
            // Changes stay pending until the commit succeeds, so that KeepOutcomeAsync can save them again.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.AcceptAllChanges();
            return Outcome.Ran;
        }
        catch (Exception exception) when (keepOutcome && TransientFailure.IsTransient(exception)
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Deadline {Kind} {Subject} did its work but the database was lost before its outcome committed; keeping the outcome", deadline.Kind, deadline.Subject);
            await transaction.DisposeAsync();
            return await KeepOutcomeAsync(db, deadline, cancellationToken) ? Outcome.Ran : Outcome.NotRun;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Deadline {Kind} {Subject} failed (attempt {Attempt}); it will be retried", deadline.Kind, deadline.Subject, deadline.Attempts + 1);
            await transaction.DisposeAsync(); // rolls back, and does not throw when the connection is gone
            await RecordFailureAsync(id, exception, cancellationToken);
            return Outcome.NotRun;
        }
    }

    /// <summary>Puts the deadline off by the <see cref="Lease"/>, in a commit of its own, if it is due and no other run holds it.</summary>
    private async Task<(bool Leased, bool WaitedForAnother)> LeaseAsync(TContext db, Guid id, bool waitForClaimed, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (deadline, waited) = await ClaimDueAsync(db, id, waitForClaimed, leasedByThisRun: false, cancellationToken);
        if (deadline is null)
        {
            return (false, waited);
        }

        deadline.DueAt = clock.GetUtcNow() + Lease;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (true, waited);
    }

    /// <summary>
    /// Locks the deadline if it has not fired and is due (or <paramref name="leasedByThisRun"/>), in the transaction
    /// begun. One another run holds is passed over, or with <paramref name="wait"/> waited for: PostgreSQL then re-reads
    /// the row once the other's transaction ends, and one fired by then is not returned.
    /// </summary>
    private async Task<(Deadline? Due, bool WaitedForAnother)> ClaimDueAsync(
        TContext db, Guid id, bool wait, bool leasedByThisRun, CancellationToken cancellationToken)
    {
        var deadline = await db.Set<Deadline>().FromSqlRaw(ClaimUnlessTaken, id).SingleOrDefaultAsync(cancellationToken);
        var waited = deadline is null && wait;
        if (waited)
        {
            deadline = await db.Set<Deadline>().FromSqlRaw(ClaimWaiting, id).SingleOrDefaultAsync(cancellationToken);
        }

        return (deadline is not null && (leasedByThisRun || deadline.DueAt <= clock.GetUtcNow()) ? deadline : null, waited);
    }

    private static Outcome NotRun(bool waitedForAnother) => waitedForAnother ? Outcome.WaitedFor : Outcome.NotRun;

    private enum Outcome
    {
        NotRun,
        Ran,
        /// <summary>Not run, after waiting for another run that held it (and may have made more work due).</summary>
        WaitedFor,
    }

    /// <summary>
    /// Saves a handler's outcome (its pending changes and the deadline fired) on a new connection once the database is
    /// back, so that work done outside it (an email sent) is not done again by the deadline's retry. The deadline is
    /// claimed again first; its lease keeps other replicas off it until then. Past <see cref="KeepOutcomeFor"/> (a
    /// longer outage) it is left to its retry once the lease is up, and the work may repeat.
    /// </summary>
    private async Task<bool> KeepOutcomeAsync(TContext db, Deadline deadline, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + KeepOutcomeFor;
        while (true)
        {
            await Task.Delay(KeepOutcomeRetryDelay, clock, cancellationToken);
            try
            {
                await db.Database.CloseConnectionAsync();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                if (!await db.Set<Deadline>().FromSqlRaw(ClaimOrFail, deadline.Id).AsNoTracking().AnyAsync(cancellationToken))
                {
                    return false;
                }

                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.AcceptAllChanges();
                logger.LogInformation("Deadline {Kind} {Subject}: outcome kept", deadline.Kind, deadline.Subject);
                return true;
            }
            catch (PostgresException locked) when (locked.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                return false;
            }
            catch (Exception exception) when (TransientFailure.IsTransient(exception) && clock.GetUtcNow() < giveUpAt)
            {
                logger.LogDebug(exception, "Deadline {Kind} {Subject}: database still unavailable", deadline.Kind, deadline.Subject);
            }
        }
    }

    private async Task RecordFailureAsync(Guid id, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var deadline = await db.Set<Deadline>().SingleAsync(d => d.Id == id, cancellationToken);
        deadline.Attempts++;
        deadline.LastError = exception.Message[..Math.Min(exception.Message.Length, 2000)];
        deadline.DueAt = clock.GetUtcNow() + RetryDelay(deadline.Attempts);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The wait before retry number <paramref name="attempts"/>: 5 s, doubling, at most an hour.</summary>
    internal static TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, FirstRetryDelay.TotalSeconds * Math.Pow(2, attempts - 1)));
}
