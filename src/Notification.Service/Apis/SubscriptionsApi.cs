using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Apis;

/// <param name="Secret">Signs every delivery (HMAC-SHA256); at least 16 characters. It is never shown again.</param>
public sealed record SubscriptionInput(
    [property: Required, StringLength(2048)] string? Url,
    [property: Required, MinLength(1), MaxLength(50)] List<string>? EventTypes,
    [property: Required, StringLength(256, MinimumLength = 16)] string? Secret) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = (EventTypes ?? []).Where(type => IntegrationEventTypes.All.All(known => known.Name != type)).ToList();
        if (unknown.Count > 0)
        {
            yield return new ValidationResult(
                $"Unknown event type(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", IntegrationEventTypes.All.Select(t => t.Name).Order())}.",
                [nameof(EventTypes)]);
        }
    }
}

public sealed record SubscriptionView(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt)
{
    public static SubscriptionView Of(Subscription s) => new(s.Id, s.Url, s.EventTypes, s.CreatedAt);
}

/// <summary>Webhooks: an organisation's systems hear of the events they chose that concern that organisation.</summary>
public static class SubscriptionsApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/subscriptions").WithTags("Webhooks").RequireOrganisationType(OrganisationSettings.Holders);
        api.MapPost("/", Subscribe).WithName(nameof(Subscribe)).WithSummary("Register a URL for signed webhooks of the given event types")
            .WithIdempotencyKey();
        api.MapGet("/", ListSubscriptions).WithName(nameof(ListSubscriptions));
        api.MapGet("/{id:guid}", GetSubscription).WithName(nameof(GetSubscription));
        api.MapDelete("/{id:guid}", Unsubscribe).WithName(nameof(Unsubscribe)).WithSummary("Stop the webhooks (and forget their deliveries)");
        api.MapGet("/{id:guid}/deliveries", ListDeliveries).WithName(nameof(ListDeliveries))
            .WithSummary("The subscription's deliveries, newest first; status=failed lists those parked after their retries ran out (replay: POST /api/notifications/deliveries/{id}/replay)");
        return api;
    }

    public static async Task<Results<Created<SubscriptionView>, ValidationProblem>> Subscribe(
        SubscriptionInput input, Caller caller, NotificationDbContext db, IOptions<DeliveryOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var refusal = await ReceiverAddresses.RefusalAsync(input.Url!, options.Value.AllowLocalReceivers, cancellationToken);
        if (refusal is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [refusal] });
        }

        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = caller.OrganisationId,
            Url = input.Url!,
            EventTypes = input.EventTypes!.Distinct().ToList(),
            Secret = input.Secret!,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/notifications/subscriptions/{subscription.Id}", SubscriptionView.Of(subscription));
    }

    public static async Task<Ok<List<SubscriptionView>>> ListSubscriptions(Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Subscriptions.AsNoTracking().Where(s => s.OrganisationId == caller.OrganisationId)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken)).Select(SubscriptionView.Of).ToList());

    public static async Task<Results<Ok<SubscriptionView>, NotFound>> GetSubscription(Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        await OwnAsync(id, caller, db, cancellationToken) is { } subscription ? TypedResults.Ok(SubscriptionView.Of(subscription)) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> Unsubscribe(Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, caller, db, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        db.Subscriptions.Remove(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Page<DeliveryView>>, NotFound, ValidationProblem>> ListDeliveries(
        Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken,
        string? status = null, [Range(1, MaxPageSize)] int pageSize = 50, [Range(1, int.MaxValue)] int page = 1)
    {
        if (await OwnAsync(id, caller, db, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var deliveries = db.Deliveries.AsNoTracking().Where(d => d.SubscriptionId == id);
        if (status is not null)
        {
            if (!EnumNames.TryParse<DeliveryStatus>(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [EnumNames.NotOneOf<DeliveryStatus>(status)] });
            }

            deliveries = deliveries.Where(d => d.Status == wanted);
        }

        var listed = await deliveries.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).ToPageAsync(page, pageSize, cancellationToken);
        return TypedResults.Ok(listed.Select(DeliveryView.Of));
    }

    /// <summary>Another organisation's subscription is answered as missing.</summary>
    private static Task<Subscription?> OwnAsync(Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        db.Subscriptions.SingleOrDefaultAsync(s => s.Id == id && s.OrganisationId == caller.OrganisationId, cancellationToken);
}
