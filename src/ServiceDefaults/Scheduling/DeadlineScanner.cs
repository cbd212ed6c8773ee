using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
    private const string ClaimUnlessTaken = $$"""SELECT * FROM "{{DeadlineConfiguration.TableName}}" WHERE "Id" = {0} AND "FiredAt" IS NULL FOR UPDATE SKIP LOCKED""";
    private const string ClaimWaiting = $$"""SELECT * FROM "{{DeadlineConfiguration.TableName}}" WHERE "Id" = {0} AND "FiredAt" IS NULL FOR UPDATE""";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

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

        try
        {
            var handler = scope.ServiceProvider.GetServices<IDeadlineHandler>().SingleOrDefault(h => h.Kind == deadline.Kind)
                ?? throw new InvalidOperationException($"No handler for deadlines of kind '{deadline.Kind}'.");
            await handler.HandleAsync(deadline, cancellationToken);
            deadline.FiredAt = clock.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Deadline {Kind} {Subject} failed (attempt {Attempt}); it will be retried", deadline.Kind, deadline.Subject, deadline.Attempts + 1);
            await transaction.RollbackAsync(cancellationToken);
            await RecordFailureAsync(id, exception, cancellationToken);
            return false;
        }
    }

    private async Task RecordFailureAsync(Guid id, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var deadline = await db.Set<Deadline>().SingleAsync(d => d.Id == id, cancellationToken);
        deadline.Attempts++;
        deadline.LastError = exception.Message[..Math.Min(exception.Message.Length, 2000)];
        deadline.DueAt = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Min(MaxRetryDelay.TotalMinutes, Math.Pow(2, deadline.Attempts)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
