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
/// Turns each received event into what it causes, in the consumer's unit of work (so exactly once, with the inbox):
/// a notification per recipient of each rule that applies, the emails for those the organisation wants emailed, and
/// a delivery (webhook or broker) for each subscription to the event's type held by an organisation the event is about.
/// </summary>
public sealed class NotificationPlanner(NotificationDbContext db, IOptions<DeliveryOptions> options, TimeProvider clock)
{
    /// <summary>Plans each of <paramref name="events"/>, reading the settings and subscriptions they need once for all of them.</summary>
    public async Task PlanAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var organisations = events.SelectMany(incoming => WhoIsTold.Organisations(incoming.Event)).Distinct().ToList();
        var settings = organisations.Count == 0
            ? []
            : await db.OrganisationSettings.AsNoTracking()
                .Where(s => organisations.Contains(s.OrganisationId))
                .ToDictionaryAsync(s => s.OrganisationId, cancellationToken);
        var subscriptions = await SubscriptionsAsync(events, cancellationToken);

        foreach (var (@event, eventId) in events)
        {
            foreach (var telling in WhoIsTold.Of(@event, settings))
            {
                Tell(telling, @event, eventId, now);
            }

            if (subscriptions.Count > 0)
            {
                CallSubscribers(@event, eventId, subscriptions, now);
            }
        }
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

    /// <summary>The subscriptions to any of the events' types held by any organisation one of them is about.</summary>
    private async Task<List<Subscription>> SubscriptionsAsync(IReadOnlyList<IncomingEvent> events, CancellationToken cancellationToken)
    {
        var types = events.Select(incoming => incoming.Event.GetType().Name).Distinct().ToList();
        var about = events.SelectMany(incoming => EventOrganisations.Of(incoming.Event)).Distinct().ToList();
        return about.Count == 0
            ? []
            : await db.Subscriptions.AsNoTracking()
                .Where(s => about.Contains(s.OrganisationId) && s.EventTypes.Any(type => types.Contains(type)))
                .ToListAsync(cancellationToken);
    }

    private void CallSubscribers(IIntegrationEvent @event, Guid eventId, IReadOnlyList<Subscription> subscriptions, DateTimeOffset now)
    {
        var type = @event.GetType().Name;
        var about = EventOrganisations.Of(@event);
        var subscribers = subscriptions.Where(s => about.Contains(s.OrganisationId) && s.EventTypes.Contains(type)).ToList();
        if (subscribers.Count == 0)
        {
            return;
        }

        var body = SubscriberPayload.For(@event, eventId);
        foreach (var subscription in subscribers)
        {
            DeliveryAttempts.Queue(db, Delivery.ForSubscriber(subscription, eventId, type, body, now));
        }
    }
}
