using APPlatform.Contracts;
using MassTransit;

namespace APPlatform.Notifications.IntegrationEvents;

public static class ReceivedEventRegistration
{
    /// <summary>Every event contract gets a consumer, so a new contract is logged (and can be subscribed to) without touching this service.</summary>
    public static void AddReceivedEventConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var eventType in IntegrationEventTypes.All)
        {
            bus.AddConsumer(
                typeof(ReceivedEventConsumer<>).MakeGenericType(eventType), typeof(ReceivedEventConsumerDefinition<>).MakeGenericType(eventType));
        }
    }
}
