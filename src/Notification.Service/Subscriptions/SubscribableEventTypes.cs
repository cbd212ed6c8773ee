using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Notifications.Subscriptions;

/// <summary>The event types a subscription (webhook or broker) may name: the contracts' names, e.g. PlacementStarted.</summary>
public static class SubscribableEventTypes
{
    /// <summary>Why <paramref name="eventTypes"/> cannot be subscribed to (naming the unknown ones and listing the known), or null.</summary>
    public static ValidationResult? Refusal(IEnumerable<string>? eventTypes, string memberName)
    {
        var unknown = (eventTypes ?? []).Where(type => IntegrationEventTypes.All.All(known => known.Name != type)).ToList();
        return unknown.Count == 0 ? null : new ValidationResult(
            $"Unknown event type(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", IntegrationEventTypes.All.Select(t => t.Name).Order())}.",
            [memberName]);
    }

    /// <summary>
    /// The 400 for a subscriber of this kind naming event types that never name such an organisation (a subscription to
    /// them would never deliver one), or null when every type can reach it.
    /// </summary>
    public static ValidationProblem? NeverReaching(IEnumerable<string> eventTypes, OrganisationType subscriber)
    {
        var never = IntegrationEventTypes.All.Where(type => eventTypes.Contains(type.Name) && !EventOrganisations.KindsNamedBy(type).Contains(subscriber))
            .Select(type => type.Name).Order().ToList();
        return never.Count == 0 ? null : TypedResults.ValidationProblem(new Dictionary<string, string[]>
        {
            ["eventTypes"] = [$"{string.Join(", ", never)} never name{(never.Count == 1 ? "s" : "")} a {subscriber.ToClaimValue().Replace('_', ' ')}, so this " +
                "subscription would never deliver one (an event reaches only the organisations it names; docs/notifications.md lists who each reaches)."],
        });
    }
}
