using APPlatform.Contracts;
using APPlatform.Notifications.Model;

namespace APPlatform.Notifications.Rules;

/// <summary>An organisation and the role in it that a rule tells.</summary>
public sealed record Recipient(Guid OrganisationId, string Role);

/// <summary>
/// What the notification says. No names or personal detail: ids, dates, and where to look in the platform (every
/// message links to the record it is about, which each recipient may open).
/// </summary>
public sealed record Message(string Subject, string Body, string Link)
{
    /// <summary>An email's text: the body, then where to act on it in the platform (<paramref name="portalAddress"/> and the link).</summary>
    public string EmailText(string portalAddress) => $"{Body}\n\nOpen it in APPlatform: {portalAddress.TrimEnd('/')}{Link}";
}

/// <summary>
/// One line of <see cref="NotificationRules"/>: on an event of <see cref="EventType"/> (and when <c>when</c> holds),
/// tell these recipients this message, by the channel each organisation chose for the rule or else the default.
/// </summary>
public sealed class Rule
{
    private readonly Func<IIntegrationEvent, bool> applies;
    private readonly Func<IIntegrationEvent, IEnumerable<Recipient>> recipients;
    private readonly Func<IIntegrationEvent, Message> message;

    private Rule(string name, Type eventType, string description, Channel defaultChannel,
        Func<IIntegrationEvent, bool> applies, Func<IIntegrationEvent, IEnumerable<Recipient>> recipients, Func<IIntegrationEvent, Message> message)
    {
        Name = name;
        EventType = eventType;
        Description = description;
        DefaultChannel = defaultChannel;
        this.applies = applies;
        this.recipients = recipients;
        this.message = message;
    }

    public string Name { get; }

    public Type EventType { get; }

    public string Description { get; }

    public Channel DefaultChannel { get; }

    public static Rule On<TEvent>(
        string name, string description, Func<TEvent, IEnumerable<Recipient?>> to, Func<TEvent, Message> say,
        Func<TEvent, bool>? when = null, Channel defaultChannel = Channel.Email)
        where TEvent : IIntegrationEvent =>
        new(name, typeof(TEvent), description, defaultChannel,
            e => when?.Invoke((TEvent)e) ?? true,
            e => to((TEvent)e).OfType<Recipient>().Distinct(),
            e => say((TEvent)e));

    /// <summary>The organisation's own choice for this rule, else the default.</summary>
    public Channel ChannelFor(OrganisationSettings? settings) =>
        settings?.Channels.TryGetValue(Name, out var chosen) == true ? chosen : DefaultChannel;

    public bool AppliesTo(IIntegrationEvent @event) => @event.GetType() == EventType && applies(@event);

    public IEnumerable<Recipient> RecipientsOf(IIntegrationEvent @event) => recipients(@event);

    public Message MessageFor(IIntegrationEvent @event) => message(@event);
}
