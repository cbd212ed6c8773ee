using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Apis;

/// <summary>A parked delivery is never lost: its organisation sends it again, an email as much as a webhook.</summary>
public static class DeliveriesApi
{
    public static RouteGroupBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/deliveries").WithTags("Deliveries");
        api.MapPost("/{id:guid}/replay", Replay).WithName(nameof(Replay))
            .WithSummary("Send a parked (failed) or already sent delivery again, with a fresh retry period")
            .ProducesProblem(StatusCodes.Status410Gone).RequireRateLimiting(ReplayRateLimit.PolicyName);
        return api;
    }

    /// <summary>Another organisation's delivery is answered as missing; whether it may be replayed is the delivery's rule (409, 410).</summary>
    public static async Task<Results<Accepted<DeliveryView>, NotFound>> Replay(
        Guid id, Caller caller, NotificationDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == id && d.OrganisationId == caller.OrganisationId, cancellationToken);
        if (delivery is null)
        {
            return TypedResults.NotFound();
        }

        DeliveryAttempts.Replay(db, delivery, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/notifications/deliveries/{id}", DeliveryView.Of(delivery));
    }
}
