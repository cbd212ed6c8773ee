using APPlatform.Contracts;
using MassTransit;

namespace APPlatform.Notifications.IntegrationEvents;

/// <summary>
/// Events are handled a batch at a time: one transaction, one inbox statement and one read of the organisations'
/// settings and subscriptions for up to <see cref="MessageLimit"/> events, where one at a time cost each event all of
/// those (at 1,000 absences a second this service was the bottleneck to the schools' inboxes). A quiet queue's event
/// waits at most <see cref="TimeLimit"/> for company.
/// </summary>
public sealed class ReceivedEventConsumerDefinition<TEvent> : ConsumerDefinition<ReceivedEventConsumer<TEvent>>
    where TEvent : class, IIntegrationEvent
{
    public const int MessageLimit = 50;

    public static readonly TimeSpan TimeLimit = TimeSpan.FromMilliseconds(20);

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<ReceivedEventConsumer<TEvent>> consumerConfigurator, IRegistrationContext context) =>
        // Two batches at once: one is written while the next is planned. The endpoint prefetches enough for both.
        consumerConfigurator.Options<BatchOptions>(batch => batch.SetMessageLimit(MessageLimit).SetTimeLimit(TimeLimit).SetConcurrencyLimit(2));
}
