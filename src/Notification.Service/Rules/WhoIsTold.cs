using APPlatform.Contracts;
using APPlatform.Notifications.Model;

namespace APPlatform.Notifications.Rules;

/// <summary>One rule telling one role in one organisation of an event: how, what, and (by email) to which addresses.</summary>
/// <param name="EmailTo">
/// The contacts the organisation named for the role, when it is emailed; otherwise none, and none for parents, whose
/// addresses stay in Referral.Service with their letter.
/// </param>
public sealed record Telling(Rule Rule, Recipient Recipient, Channel Channel, Message Message, IReadOnlyList<string> EmailTo);

/// <summary>
/// Who hears of an event, and how: every rule that applies tells each of its recipients by the channel the recipient's
/// organisation chose for that rule, else the rule's default, and not at all when it turned the rule off. Decided from
/// the event and the organisations' settings alone (platform policy: docs/notifications.md, "Settings").
/// </summary>
public static class WhoIsTold
{
    /// <summary>The organisations whose settings decide how they hear of <paramref name="event"/>.</summary>
    public static IReadOnlyList<Guid> Organisations(IIntegrationEvent @event) =>
        [.. Candidates(@event).Select(candidate => candidate.Recipient.OrganisationId).Distinct()];

    /// <param name="settings">The settings of those <see cref="Organisations"/> that keep any.</param>
    public static IReadOnlyList<Telling> Of(IIntegrationEvent @event, IReadOnlyDictionary<Guid, OrganisationSettings> settings) =>
    [
        .. from candidate in Candidates(@event)
           let chosen = settings.GetValueOrDefault(candidate.Recipient.OrganisationId)
           let channel = candidate.Rule.ChannelFor(chosen)
           where channel != Channel.Off
           select new Telling(candidate.Rule, candidate.Recipient, channel, candidate.Rule.MessageFor(@event),
               channel == Channel.Email && candidate.Recipient.Role != Roles.Parents
                   ? chosen?.Contacts.GetValueOrDefault(candidate.Recipient.Role) ?? []
                   : []),
    ];

    private static IEnumerable<(Rule Rule, Recipient Recipient)> Candidates(IIntegrationEvent @event) =>
        NotificationRules.All.Where(rule => rule.AppliesTo(@event)).SelectMany(rule => rule.RecipientsOf(@event).Select(recipient => (rule, recipient)));
}
