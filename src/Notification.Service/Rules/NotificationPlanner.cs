using APPlatform.Contracts;
using APPlatform.Contracts.Referrals;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Letters;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.Notifications.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Rules;

/// <summary>
/// Turns one received event into what it causes, in the consumer's unit of work (so exactly once, with the inbox):
/// a notification per recipient of each rule that applies, the emails for those the organisation wants emailed, and
/// a delivery (webhook or broker) for each subscription to the event's type held by an organisation the event is about.
/// </summary>
public sealed class NotificationPlanner(NotificationDbContext db, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    public async Task PlanAsync(IIntegrationEvent @event, Guid eventId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var organisations = WhoIsTold.Organisations(@event);
        var settings = organisations.Count == 0
            ? []
            : await db.OrganisationSettings.AsNoTracking()
                .Where(s => organisations.Contains(s.OrganisationId))
                .ToDictionaryAsync(s => s.OrganisationId, cancellationToken);

        foreach (var telling in WhoIsTold.Of(@event, settings))
        {
            Tell(telling, @event, eventId, now);
        }

        await CallSubscribersAsync(@event, eventId, now, cancellationToken);
    }

    private void Tell(Telling telling, IIntegrationEvent @event, Guid eventId, DateTimeOffset now)
    {
        var (rule, recipient, channel, message, emailTo) = telling;
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(now),
            OrganisationId = recipient.OrganisationId,
            Rule = rule.Name,
            Role = recipient.Role,
            EventId = eventId,
            EventType = rule.EventType.Name,
            Subject = message.Subject,
            Body = message.Body,
            Link = message.Link,
            CreatedAt = now,
        };
        db.Notifications.Add(notification);
        if (channel != Channel.Email)
        {
            return;
        }

        if (recipient.Role == Roles.Parents && @event is ParentNotificationIssued issued)
        {
            ParentLetters.Schedule(db, notification, issued);
            return;
        }

        var text = message.EmailText(options.Value.PortalAddress);
        foreach (var address in emailTo)
        {
            DeliveryAttempts.Queue(db, Delivery.Email(notification, address, text, isHtml: false, now));
        }
    }

    private async Task CallSubscribersAsync(IIntegrationEvent @event, Guid eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var type = @event.GetType().Name;
        var about = EventOrganisations.Of(@event).ToList();
        var subscriptions = await db.Subscriptions.AsNoTracking()
            .Where(s => about.Contains(s.OrganisationId) && s.EventTypes.Contains(type))
            .ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var body = SubscriberPayload.For(@event, eventId);
        foreach (var subscription in subscriptions)
        {
            DeliveryAttempts.Queue(db, Delivery.ForSubscriber(subscription, eventId, type, body, now));
        }
    }
}
