using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Persistence.Retention;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Every service's plumbing rows on its retention schedule, hourly: published outbox rows, inbox records and fired
/// deadlines older than Messaging:Retention, and Idempotency-Key records older than a day (a client retries within
/// minutes).
/// </summary>
internal static class PlatformTableRetention
{
    private static readonly TimeSpan Hourly = TimeSpan.FromHours(1);
    private static readonly TimeSpan IdempotencyKeyLifetime = TimeSpan.FromDays(1);

    public static IServiceCollection AddPlatformTableRetention<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext
    {
        var keep = configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Retention ?? new MessagingOptions().Retention;
        const string source = "platform plumbing: kept only while a retry or a redelivery may need it";
        return services
            .AddRetentionRule<TContext>("published outbox rows", keep, source,
                (db, cutoff, ct) => db.Set<OutboxMessage>().Where(m => m.DispatchedAt < cutoff).ExecuteDeleteAsync(ct), Hourly)
            .AddRetentionRule<TContext>("inbox records", keep, source,
                (db, cutoff, ct) => db.Set<InboxMessage>().Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(ct), Hourly)
            .AddRetentionRule<TContext>("fired deadlines", keep, source,
                (db, cutoff, ct) => db.Set<Deadline>().Where(d => d.FiredAt < cutoff).ExecuteDeleteAsync(ct), Hourly)
            .AddRetentionRule<TContext>("Idempotency-Key records", IdempotencyKeyLifetime, source,
                (db, cutoff, ct) => db.Set<IdempotencyRecord>().Where(r => r.StartedAt < cutoff).ExecuteDeleteAsync(ct), Hourly);
    }
}
