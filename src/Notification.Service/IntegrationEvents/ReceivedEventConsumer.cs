using System.Text.Json;
using APPlatform.Contracts;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Rules;
using APPlatform.ServiceDefaults.Correlation;
using MassTransit;

namespace APPlatform.Notifications.IntegrationEvents;

/// <summary>
/// Every integration event the service receives: recorded in the event log, then planned into notifications and
/// webhook deliveries. The inbox (applied to every consumer) runs this in one transaction and makes a redelivered
/// event a no-op, so each event is logged, and tells its recipients, once.
/// </summary>
public sealed class ReceivedEventConsumer<TEvent>(NotificationDbContext db, NotificationPlanner planner, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var eventId = context.MessageId!.Value;
        db.ReceivedEvents.Add(new ReceivedEvent
        {
            MessageId = eventId,
            Type = typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(context.Message, json),
            OccurredAt = context.Message.OccurredAt,
            ReceivedAt = clock.GetUtcNow(),
            CorrelationId = CorrelationId.Current,
        });
        await planner.PlanAsync(context.Message, eventId, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
