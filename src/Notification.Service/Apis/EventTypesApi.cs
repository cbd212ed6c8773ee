using APPlatform.Contracts;
using APPlatform.Notifications.Subscriptions;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Notifications.Apis;

/// <param name="Type">The event type, as a subscription names it.</param>
/// <param name="Reaches">The kinds of organisation the event can name, and so the subscribers it can reach.</param>
public sealed record EventTypeView(string Type, IReadOnlyList<string> Reaches);

/// <summary>What a subscriber may ask for: every event type, and which kinds of organisation each can reach.</summary>
public static class EventTypesApi
{
    public static RouteHandlerBuilder MapEventTypesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/notifications/event-types", ListEventTypes).WithTags("Webhooks").WithName(nameof(ListEventTypes))
            .WithSummary("Every event type a subscription may name, with the kinds of organisation it can reach (a subscription to one that cannot reach the subscriber is refused)");

    public static Ok<List<EventTypeView>> ListEventTypes() => TypedResults.Ok(IntegrationEventTypes.All.OrderBy(type => type.Name)
        .Select(type => new EventTypeView(type.Name, EventOrganisations.KindsNamedBy(type).Select(kind => kind.ToClaimValue()).Order().ToList()))
        .ToList());
}
