using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts;

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
}
