using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Persistence.Retention;

/// <summary>
/// Enforces a service's retention schedule: each rule, as often as it asks, deletes (or strips) what is older than it
/// keeps. Replicas may run it together: each rule is one idempotent statement.
/// </summary>
public sealed class RetentionJob<TContext>(
    IEnumerable<RetentionRule<TContext>> rules, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    private readonly IReadOnlyList<RetentionRule<TContext>> schedule = rules.ToList();

    /// <summary>Applies every rule once; answers the rows each changed, by rule name.</summary>
    public Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken) => ApplyAsync(schedule, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lastRun = new Dictionary<RetentionRule<TContext>, DateTimeOffset>();
        using var timer = new PeriodicTimer(schedule.Min(rule => rule.RunEvery), clock);
        do
        {
            var now = clock.GetUtcNow();
            var due = schedule.Where(rule => !lastRun.TryGetValue(rule, out var at) || now - at >= rule.RunEvery).ToList();
            try
            {
                await ApplyAsync(due, stoppingToken);
                due.ForEach(rule => lastRun[rule] = now);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not apply the retention schedule; will try again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<IReadOnlyDictionary<string, int>> ApplyAsync(IEnumerable<RetentionRule<TContext>> due, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var changed = new Dictionary<string, int>();
        foreach (var rule in due)
        {
            changed[rule.Name] = await rule.Apply(db, clock.GetUtcNow() - rule.KeepFor, cancellationToken);
            if (changed[rule.Name] > 0)
            {
                logger.LogInformation("Retention: {Rows} rows of {Rule} past {KeepFor} ({Source})", changed[rule.Name], rule.Name, rule.KeepFor, rule.Source);
            }
        }

        return changed;
    }
}
