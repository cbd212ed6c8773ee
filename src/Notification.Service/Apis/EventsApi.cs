using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using APPlatform.Notifications.Infrastructure;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Apis;

/// <summary>An integration event as the service received it.</summary>
/// <param name="Id">The event's id.</param>
/// <param name="Type">The event's type, its contract's name, e.g. PlacementStarted.</param>
/// <param name="Payload">The event as published, in JSON.</param>
/// <param name="OccurredAt">When it happened (ISO date-time with offset).</param>
/// <param name="ReceivedAt">When this service received it (ISO date-time with offset).</param>
/// <param name="CorrelationId">The correlation id of the request that caused it, for tracing.</param>
public sealed record RecordedEvent(Guid Id, string Type, JsonElement Payload, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt, string? CorrelationId);

public static class EventsApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/events").WithTags("Event log");

        api.MapGet("/", ListEvents)
            .WithName(nameof(ListEvents))
            .WithSummary("The integration events this service has received, newest first, optionally of one type")
            .RequireOrganisationType(OrganisationType.PlatformAdmin);

        return api;
    }

    public static async Task<Ok<Page<RecordedEvent>>> ListEvents(
        NotificationDbContext db,
        CancellationToken cancellationToken,
        string? type = null,
        [Range(1, MaxPageSize)] int pageSize = 50,
        [Range(1, int.MaxValue)] int page = 1)
    {
        var received = type is null ? db.ReceivedEvents : db.ReceivedEvents.Where(e => e.Type == type);
        var events = await received.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.MessageId).ToPageAsync(page, pageSize, cancellationToken);
        return TypedResults.Ok(events.Select(e =>
            new RecordedEvent(e.MessageId, e.Type, JsonDocument.Parse(e.Payload).RootElement, e.OccurredAt, e.ReceivedAt, e.CorrelationId)));
    }
}
