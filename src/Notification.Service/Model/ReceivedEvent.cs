namespace APPlatform.Notifications.Model;

/// <summary>An integration event as Notification.Service received it: the record of what it has heard.</summary>
public sealed class ReceivedEvent
{
    /// <summary>The message id the publisher's outbox gave it, the same on every redelivery.</summary>
    public Guid MessageId { get; init; }

    /// <summary>The contract's name, e.g. ProviderListed.</summary>
    public required string Type { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public string? CorrelationId { get; init; }
}
