using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Infrastructure;

/// <summary>
/// How long Notification.Service keeps what it sent and received, enforced daily (docs/security.md lists the whole
/// platform's). What it holds is a copy: the record itself lives in the service that owns it.
/// </summary>
public static class RetentionSchedule
{
    /// <summary>Long enough to replay a delivery a receiver lost or to answer "was the school told?".</summary>
    public static readonly TimeSpan DeliveryBodies = TimeSpan.FromDays(30);

    /// <summary>The event log answers "what happened and who was told" for a school year.</summary>
    public static readonly TimeSpan EventLog = TimeSpan.FromDays(400);

    public static IServiceCollection AddNotificationRetention(this IServiceCollection services) => services
        .AddRetentionRule<NotificationDbContext>("delivery bodies (emptied; the delivery's record stays)", DeliveryBodies,
            "platform policy: copies of letters and webhook bodies are not kept beyond replay",
            (db, cutoff, cancellationToken) => db.Deliveries
                .Where(d => d.CreatedAt < cutoff && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Failed) && d.Body != "")
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Body, ""), cancellationToken))
        .AddRetentionRule<NotificationDbContext>("received events", EventLog,
            "platform policy: the event log covers a school year",
            (db, cutoff, cancellationToken) => db.ReceivedEvents.Where(e => e.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken));
}
