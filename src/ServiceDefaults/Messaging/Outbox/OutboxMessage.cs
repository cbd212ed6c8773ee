using System.Diagnostics;
using System.Text.Json;
using APPlatform.Contracts;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// An event waiting to be published, stored in the service's own database in the same transaction as the change
/// that caused it. Its id becomes the MassTransit MessageId, so every redelivery carries the same id and consumers'
/// inboxes can drop the repeats.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Version 7 (time-ordered), so ordering by id publishes in the order events were raised.</summary>
    public Guid Id { get; init; }

    public required string MessageType { get; init; }

    public required string Body { get; init; }

    public string? CorrelationId { get; init; }

    /// <summary>The W3C traceparent of the request that raised the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    internal static OutboxMessage For(IIntegrationEvent message, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        MessageType = ContractTypes.NameOf(message.GetType()),
        Body = JsonSerializer.Serialize(message, message.GetType(), ContractTypes.Json),
        CorrelationId = Correlation.CorrelationId.Current,
        TraceParent = Activity.Current?.Id,
        CreatedAt = now,
    };
}
