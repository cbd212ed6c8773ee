using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Persistence.Retention;

/// <summary>
/// Enforces a service's retention schedule: once a day, each rule deletes (or strips) what is older than it keeps.
/// Replicas may run it together: each rule is one idempotent statement.
/// </summary>
public sealed class RetentionJob<TContext>(
    IEnumerable<RetentionRule<TContext>> rules, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionJob<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>Applies every rule once; answers the rows each changed, by rule name.</summary>
    public async Task<IReadOnlyDictionary<string, int>> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var changed = new Dictionary<string, int>();
        foreach (var rule in rules)
        {
            changed[rule.Name] = await rule.Apply(db, clock.GetUtcNow() - rule.KeepFor, cancellationToken);
            if (changed[rule.Name] > 0)
            {
                logger.LogInformation("Retention: {Rows} rows of {Rule} past {KeepFor} ({Source})", changed[rule.Name], rule.Name, rule.KeepFor, rule.Source);
            }
        }

        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not apply the retention schedule; will try again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
