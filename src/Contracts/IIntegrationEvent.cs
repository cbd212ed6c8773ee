using MassTransit;

namespace APPlatform.Contracts;

/// <summary>
/// An event one service publishes for others. Events carry identifiers and minimal state, never health, SEND or
/// safeguarding detail: they leave the platform (RabbitMQ subscribers, webhooks).
/// </summary>
/// <remarks>Excluded from the broker topology so MassTransit does not create an exchange for this marker.</remarks>
[ExcludeFromTopology]
public interface IIntegrationEvent
{
    DateTimeOffset OccurredAt { get; }
}
