using APPlatform.Contracts;
using MassTransit;

namespace APPlatform.Notifications.IntegrationEvents;

public static class EventLogRegistration
{
    /// <summary>Every event contract gets an event-log consumer, so a new contract is recorded without touching this service.</summary>
    public static void AddEventLogConsumers(this IBusRegistrationConfigurator bus)
    {
        foreach (var eventType in IntegrationEventTypes.All)
        {
            bus.AddConsumer(typeof(EventLogConsumer<>).MakeGenericType(eventType));
        }
    }
}
