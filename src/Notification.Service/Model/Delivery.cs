using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Notifications.Model;

/// <summary>
/// How a message goes out: email (to a person), webhook (an HTTPS call to a subscriber's URL), broker (relayed into a
/// local authority's own RabbitMQ virtual host).
/// </summary>
public enum DeliveryChannel
{
    Email,
    Webhook,

    /// <summary>Relayed into a local authority's own RabbitMQ virtual host.</summary>
    Broker,
}

/// <summary>
/// Pending until tried; Retrying after a failed attempt while its retry period lasts; Sent; Failed once the period is
/// over (parked: listed with its last error, and replayable).
/// </summary>
public enum DeliveryStatus
{
    Pending,
    Retrying,
    Sent,
    Failed,
}

/// <summary>One message on its way out: an email for a notification, or a webhook call or broker message for a subscription.</summary>
public sealed class Delivery
{
    public Guid Id { get; init; }

    public DeliveryChannel Channel { get; init; }

    /// <summary>Whose delivery it is: the organisation that may see it and, for a webhook, replay it.</summary>
    public Guid OrganisationId { get; init; }

    public Guid? NotificationId { get; init; }

    public Guid? SubscriptionId { get; init; }

    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>An email address, the webhook's URL or the broker subscriber's virtual host.</summary>
    public required string Target { get; init; }

    /// <summary>The email's subject; null for a webhook.</summary>
    public string? Subject { get; init; }

    /// <summary>The email's text or HTML, or the subscriber's JSON body (webhook or broker message).</summary>
    public required string Body { get; init; }

    public bool IsHtml { get; init; }

    public DeliveryStatus Status { get; private set; } = DeliveryStatus.Pending;

    public int Attempts { get; private set; }

    /// <summary>Failed attempts since it was created or replayed: where it is in its retry schedule.</summary>
    public int Failures { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>How often the organisation asked for it to be sent again after it was parked or sent.</summary>
    public int Replays { get; private set; }

    /// <summary>An email for <paramref name="notification"/> to one of its recipients, under the notification's subject.</summary>
    public static Delivery Email(Notification notification, string address, string body, bool isHtml, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = DeliveryChannel.Email,
        OrganisationId = notification.OrganisationId,
        NotificationId = notification.Id,
        EventId = notification.EventId,
        EventType = notification.EventType,
        Target = address,
        Subject = notification.Subject,
        Body = body,
        IsHtml = isHtml,
        CreatedAt = now,
    };

    /// <summary>An event for a subscriber, by the subscription's channel (webhook or broker).</summary>
    public static Delivery ForSubscriber(Subscription subscription, Guid eventId, string eventType, string body, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Channel = subscription.Channel,
        OrganisationId = subscription.OrganisationId,
        SubscriptionId = subscription.Id,
        EventId = eventId,
        EventType = eventType,
        Target = subscription.Target,
        Body = body,
        CreatedAt = now,
    };

    public void Succeeded(DateTimeOffset now)
    {
        Attempts++;
        LastAttemptAt = now;
        Status = DeliveryStatus.Sent;
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Records the failure; returns when to try again, or null when the retry period is over and it is parked.</summary>
    public DateTimeOffset? Failed(string error, DateTimeOffset now, IReadOnlyList<TimeSpan> retryDelays)
    {
        Attempts++;
        Failures++;
        LastAttemptAt = now;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = Failures <= retryDelays.Count ? now + retryDelays[Failures - 1] : null;
        Status = NextAttemptAt is null ? DeliveryStatus.Failed : DeliveryStatus.Retrying;
        return NextAttemptAt;
    }

    /// <summary>
    /// Sends it again with a fresh retry period: only once it is sent or parked (one still pending or retrying will be
    /// tried anyway), and only while its body is kept.
    /// </summary>
    public void Replay(DateTimeOffset now)
    {
        if (Status is DeliveryStatus.Pending or DeliveryStatus.Retrying)
        {
            throw new StateConflictException(
                $"The delivery is {Status.ToString().ToLowerInvariant()}: it will be tried again at {NextAttemptAt:O} without a replay.");
        }

        if (Body.Length == 0)
        {
            throw new NoLongerKeptException(
                "This delivery's body is no longer kept (the retention schedule empties bodies after 30 days), so it cannot be sent again.");
        }

        Replays++;
        Failures = 0;
        Status = DeliveryStatus.Pending;
        NextAttemptAt = now;
    }
}
