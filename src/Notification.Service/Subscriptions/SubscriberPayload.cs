using System.Text.Json;
using System.Text.Json.Nodes;
using APPlatform.Contracts;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.Notifications.Subscriptions;

/// <summary>
/// The body a subscriber receives, by webhook or in its broker virtual host alike, in the REST API's JSON conventions
/// (<see cref="PlatformJson"/>): the event's id, type and time, and the event without the two placement flags that say something of a child's needs or care (looked after, EHC plan).
/// Inside the platform the registration threshold watch needs them; a subscriber's system outside it does not.
/// </summary>
public static class SubscriberPayload
{
    private static readonly string[] Withheld = ["isLookedAfter", "hasEhcPlan"];

    public static string For(IIntegrationEvent @event, Guid eventId)
    {
        var data = JsonSerializer.SerializeToNode(@event, @event.GetType(), PlatformJson.Options)!;
        Withhold(data);
        return new JsonObject
        {
            ["id"] = eventId,
            ["type"] = @event.GetType().Name,
            ["occurredAt"] = @event.OccurredAt,
            ["data"] = data,
        }.ToJsonString(PlatformJson.Options);
    }

    /// <summary>
    /// Removes the withheld fields wherever they occur in <paramref name="node"/>: in an event's JSON, or in its schema's
    /// properties (the AsyncAPI document's payloads). Answers the names it removed.
    /// </summary>
    public static IReadOnlySet<string> Withhold(JsonNode? node)
    {
        var removed = new HashSet<string>();
        Withhold(node, removed);
        return removed;
    }

    private static void Withhold(JsonNode? node, HashSet<string> removed)
    {
        if (node is JsonObject obj)
        {
            removed.UnionWith(Withheld.Where(obj.Remove));
            foreach (var (_, child) in obj)
            {
                Withhold(child, removed);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Withhold(item, removed);
            }
        }
    }
}
