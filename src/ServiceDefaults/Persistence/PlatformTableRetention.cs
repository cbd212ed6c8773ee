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
/// Every service's plumbing rows on their retention schedule: published outbox rows, inbox records and fired
/// deadlines older than Messaging:Retention (7 days), and Idempotency-Key records older than Idempotency:Retention (a
/// day: a client retries within minutes). Hourly, or within half the retention when that is shorter (a soak test's).
/// </summary>
internal static class PlatformTableRetention
{
    private static readonly TimeSpan Hourly = TimeSpan.FromHours(1);

    public static IServiceCollection AddPlatformTableRetention<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext
    {
        var keep = configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Retention ?? new MessagingOptions().Retention;
        var keepKeys = configuration.GetValue("Idempotency:Retention", TimeSpan.FromDays(1));
        const string source = "platform plumbing: kept only while a retry or a redelivery may need it";
        return services
            .AddRetentionRule<TContext>("published outbox rows", keep, source,
                (db, cutoff, ct) => db.Set<OutboxMessage>().Where(m => m.DispatchedAt < cutoff).ExecuteDeleteAsync(ct), RunEvery(keep))
            .AddRetentionRule<TContext>("inbox records", keep, source,
                (db, cutoff, ct) => db.Set<InboxMessage>().Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(ct), RunEvery(keep))
            .AddRetentionRule<TContext>("fired deadlines", keep, source,
                (db, cutoff, ct) => db.Set<Deadline>().Where(d => d.FiredAt < cutoff).ExecuteDeleteAsync(ct), RunEvery(keep))
            .AddRetentionRule<TContext>("Idempotency-Key records", keepKeys, source,
                (db, cutoff, ct) => db.Set<IdempotencyRecord>().Where(r => r.StartedAt < cutoff).ExecuteDeleteAsync(ct), RunEvery(keepKeys));
    }

    private static TimeSpan RunEvery(TimeSpan keep) => keep / 2 < Hourly ? keep / 2 : Hourly;
}
