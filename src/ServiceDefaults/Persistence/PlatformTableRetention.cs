using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Hourly, deletes plumbing rows that have done their job: published outbox rows, inbox records and fired deadlines
/// older than the retention window, and Idempotency-Key records older than a day (a client retries within minutes).
/// </summary>
internal sealed class PlatformTableRetention<TContext>(
    IServiceScopeFactory scopes, IOptions<MessagingOptions> options, TimeProvider clock, ILogger<PlatformTableRetention<TContext>> logger)
    : BackgroundService
    where TContext : DbContext
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                var cutoff = clock.GetUtcNow() - options.Value.Retention;
                await db.Set<OutboxMessage>().Where(m => m.DispatchedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                await db.Set<InboxMessage>().Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                await db.Set<Deadline>().Where(d => d.FiredAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                var keysBefore = clock.GetUtcNow() - IdempotencyKeyLifetime;
                await db.Set<IdempotencyRecord>().Where(r => r.StartedAt < keysBefore).ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not delete old outbox, inbox, deadline and idempotency rows; will try again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
