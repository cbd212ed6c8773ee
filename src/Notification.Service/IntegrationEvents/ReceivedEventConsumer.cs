using System.Text.Json;
using APPlatform.Contracts;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Correlation;
using MassTransit;

namespace APPlatform.Notifications.IntegrationEvents;

/// <summary>
/// Records every integration event the service receives. The inbox (applied to every consumer) makes a
/// redelivered event a no-op, so each event appears in the log once.
/// </summary>
public sealed class EventLogConsumer<TEvent>(NotificationDbContext db, TimeProvider clock) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        db.ReceivedEvents.Add(new ReceivedEvent
        {
            MessageId = context.MessageId!.Value,
            Type = typeof(TEvent).Name,
            Payload = JsonSerializer.Serialize(context.Message, json),
            OccurredAt = context.Message.OccurredAt,
            ReceivedAt = clock.GetUtcNow(),
            CorrelationId = CorrelationId.Current,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
