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
    private static readonly TimeSpan KeepOutcomeFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan KeepOutcomeRetryDelay = TimeSpan.FromMilliseconds(250);

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
        // Until none is due: one that fails is put off to a later time, so this ends unless handlers keep making work due.
        var ran = 0;
        while (await RunBatchAsync(waitForClaimed: true, cancellationToken) is { Due: > 0 } batch)
        {
            ran += batch.Ran;
        }

        return ran;
    }

    /// <summary>
    /// Runs up to a batch of the deadlines due now; returns how many were due and how many of them it ran. One that
    /// another scanner holds is skipped, or with <paramref name="waitForClaimed"/> waited for (and run only if that
    /// scanner failed it).
    /// </summary>
    private async Task<(int Due, int Ran)> RunBatchAsync(bool waitForClaimed, CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<TContext>().Set<Deadline>()
                .Where(d => d.FiredAt == null && d.DueAt <= now)
                .OrderBy(d => d.DueAt).Select(d => d.Id).Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        var ran = 0;
        foreach (var id in due)
        {
            ran += await RunAsync(id, waitForClaimed, cancellationToken) ? 1 : 0;
        }

        return (due.Count, ran);
    }

    private async Task<bool> RunAsync(Guid id, bool waitForClaimed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Waiting, PostgreSQL re-reads the row once the other scanner's transaction ends: fired by then, it is not returned.
        var deadline = await db.Set<Deadline>()
            .FromSqlRaw(waitForClaimed ? ClaimWaiting : ClaimUnlessTaken, id)
            .SingleOrDefaultAsync(cancellationToken);
        if (deadline is null)
        {
            return false;
        }

        var keepOutcome = false;
        try
        {
            var handler = scope.ServiceProvider.GetServices<IDeadlineHandler>().SingleOrDefault(h => h.Kind == deadline.Kind)
                ?? throw new InvalidOperationException($"No handler for deadlines of kind '{deadline.Kind}'.");
            await handler.HandleAsync(deadline, cancellationToken);
            keepOutcome = handler.ActsOutsideTheDatabase;
            deadline.FiredAt = clock.GetUtcNow();
            // Changes stay pending until the commit succeeds, so that KeepOutcomeAsync can save them again.
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.AcceptAllChanges();
            return true;
        }
        catch (Exception exception) when (keepOutcome && TransientFailure.IsTransient(exception)
            && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Deadline {Kind} {Subject} did its work but the database was lost before its outcome committed; keeping the outcome", deadline.Kind, deadline.Subject);
            await transaction.DisposeAsync();
            return await KeepOutcomeAsync(db, deadline, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Deadline {Kind} {Subject} failed (attempt {Attempt}); it will be retried", deadline.Kind, deadline.Subject, deadline.Attempts + 1);
            await transaction.DisposeAsync(); // rolls back, and does not throw when the connection is gone
            await RecordFailureAsync(id, exception, cancellationToken);
            return false;
        }
    }

    /// <summary>
    /// Saves a handler's outcome (its pending changes and the deadline fired) on a new connection once the database is
    /// back, so that work done outside it (an email sent) is not done again by the deadline's retry. The deadline is
    /// claimed again first: if another replica has it by then, that replica runs it and the work may repeat; past
    /// <see cref="KeepOutcomeFor"/> the deadline is left to its retry in the same way.
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
