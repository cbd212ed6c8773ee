namespace APPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>A message a consumer has already handled; its key makes a redelivery a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }

    /// <summary>The receive endpoint (queue) that handled it: each endpoint has its effect once.</summary>
    public required string Consumer { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
}
