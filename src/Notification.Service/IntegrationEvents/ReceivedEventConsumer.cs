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
/// webhook deliveries. Events are taken a batch at a time (<see cref="ReceivedEventConsumerDefinition{TEvent}"/>):
/// the inbox (applied to every consumer) runs a batch in one transaction and hands on only the events not handled
/// before, so each event is logged, and tells its recipients, once.
/// </summary>
public sealed class ReceivedEventConsumer<TEvent>(NotificationDbContext db, NotificationPlanner planner, TimeProvider clock) : IConsumer<Batch<TEvent>>
    where TEvent : class, IIntegrationEvent
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<Batch<TEvent>> context)
    {
        var events = new List<IncomingEvent>(context.Message.Length);
        foreach (var message in context.Message)
        {
            var eventId = message.MessageId!.Value;
            events.Add(new IncomingEvent(message.Message, eventId));
            db.ReceivedEvents.Add(new ReceivedEvent
            {
                MessageId = eventId,
                Type = typeof(TEvent).Name,
                Payload = JsonSerializer.Serialize(message.Message, json),
                OccurredAt = message.Message.OccurredAt,
                ReceivedAt = clock.GetUtcNow(),
                CorrelationId = CorrelationId.Of(message),
            });
        }

        await planner.PlanAsync(events, context.CancellationToken);
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
