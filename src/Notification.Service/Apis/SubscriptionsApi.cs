using System.ComponentModel.DataAnnotations;
using APPlatform.Notifications.BrokerSubscribers;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.Notifications.Subscriptions;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Apis;

/// <summary>
/// A webhook: the platform POSTs each event of these types that names the caller's organisation to the URL, signed.
/// </summary>
/// <param name="Url">
/// The receiver's absolute https URL, up to 2,048 characters, without credentials, on a public address.
/// </param>
/// <param name="EventTypes">
/// 1 to 50 integration event names, e.g. PlacementStarted (GET /api/notifications/event-types lists them).
/// </param>
/// <param name="Secret">
/// Refused: the platform generates the secret and answers it once. A secret chosen by the caller would be as weak as
/// its author, and silently ignoring one would leave the caller verifying with a key nothing is signed with.
/// </param>
public sealed record SubscriptionInput(
    [property: Required, StringLength(2048)] string? Url,
    [property: Required, MinLength(1), MaxLength(50)] List<string>? EventTypes,
    string? Secret = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SubscribableEventTypes.Refusal(EventTypes, nameof(EventTypes)) is { } unknown)
        {
            yield return unknown;
        }

        if (Secret is not null)
        {
            yield return new ValidationResult(
                "The platform generates the secret and returns it once in the answer; send none (to replace it, rotate it).", [nameof(Secret)]);
        }
    }
}

/// <param name="Id">The subscription's id.</param>
/// <param name="Channel">Webhook or broker.</param>
/// <param name="Url">A webhook's address; null for a broker subscriber.</param>
/// <param name="VirtualHost">A broker subscriber's virtual host; null for a webhook.</param>
/// <param name="EventTypes">The event types it receives.</param>
/// <param name="CreatedAt">When it was made (ISO date-time with offset).</param>
/// <param name="PreviousSecretSignsUntil">After a webhook secret's rotation, when the previous secret stops signing beside the new one.</param>
public sealed record SubscriptionView(
    Guid Id, DeliveryChannel Channel, string? Url, string? VirtualHost, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt,
    DateTimeOffset? PreviousSecretSignsUntil)
{
    public static SubscriptionView Of(Subscription s) => new(s.Id, s.Channel, s.Url, s.VirtualHost, s.EventTypes, s.CreatedAt, s.PreviousSecretSignsUntil);
}

/// <summary>The subscription as created, with its secret: no later answer carries it.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Url">The webhook's address.</param>
/// <param name="EventTypes">The event types it receives.</param>
/// <param name="CreatedAt">When it was made (ISO date-time with offset).</param>
/// <param name="Secret">The secret each call is signed with; shown only here.</param>
public sealed record CreatedSubscriptionView(Guid Id, string Url, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt, string Secret);

/// <summary>
/// The new secret (a webhook's signing secret, or a broker subscriber's password), shown this once, and when the
/// previous one stops signing beside it (never for a password: the broker keeps one per user).
/// </summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="Secret">The new secret (or password), shown only here.</param>
/// <param name="PreviousSecretSignsUntil">
/// When the previous secret stops signing beside the new one (ISO date-time with offset); null for a password.
/// </param>
public sealed record RotatedSecretView(Guid Id, string Secret, DateTimeOffset? PreviousSecretSignsUntil);

/// <summary>
/// Webhooks: an organisation's systems hear of the events they chose that concern that organisation. Broker
/// subscriptions (made through BrokerSubscriptionsApi) are listed, rotated, deleted and replayed here too.
/// </summary>
public static class SubscriptionsApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/subscriptions").WithTags("Webhooks").RequireOrganisationType(OrganisationSettings.Holders);
        // No Idempotency-Key: the stored answer a retry gets would keep the secret in plain text; a client that lost
        // its answer rotates the secret instead.
        api.MapPost("/", Subscribe).WithName(nameof(Subscribe))
            .WithSummary("Register a URL for signed webhooks of the given event types; the answer carries the secret, once");
        api.MapGet("/", ListSubscriptions).WithName(nameof(ListSubscriptions));
        api.MapGet("/{id:guid}", GetSubscription).WithName(nameof(GetSubscription));
        api.MapPost("/{id:guid}/secret/rotate", RotateSecret).WithName(nameof(RotateSecret))
            .WithSummary("Replace the secret: a webhook's previous one signs beside it for the configured overlap; a broker password goes at once");
        api.MapDelete("/{id:guid}", Unsubscribe).WithName(nameof(Unsubscribe))
            .WithSummary("Stop the webhooks, or delete the broker subscriber's virtual host and user (and forget their deliveries)");
        api.MapGet("/{id:guid}/deliveries", ListDeliveries).WithName(nameof(ListDeliveries))
            .WithSummary("The subscription's deliveries, newest first; status=failed lists those parked after their retries ran out (replay: POST /api/notifications/deliveries/{id}/replay)");
        return api;
    }

    public static async Task<Results<Created<CreatedSubscriptionView>, ValidationProblem>> Subscribe(
        SubscriptionInput input, Caller caller, NotificationDbContext db, SecretCipher cipher, IOptions<DeliveryOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (SubscribableEventTypes.NeverReaching(input.EventTypes!, caller.OrganisationType) is { } neverReaching)
        {
            return neverReaching;
        }

        var refusal = await ReceiverAddresses.RefusalAsync(input.Url!, options.Value.AllowLocalReceivers, cancellationToken);
        if (refusal is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [refusal] });
        }

        var id = Guid.CreateVersion7();
        var secret = WebhookSecret.New();
        var subscription = new Subscription
        {
            Id = id,
            OrganisationId = caller.OrganisationId,
            Url = input.Url!,
            EventTypes = input.EventTypes!.Distinct().ToList(),
            EncryptedSecret = cipher.Encrypt(secret, id),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/notifications/subscriptions/{id}",
            new CreatedSubscriptionView(id, input.Url!, subscription.EventTypes, subscription.CreatedAt, secret));
    }

    public static async Task<Results<Ok<RotatedSecretView>, NotFound>> RotateSecret(
        Guid id, Caller caller, NotificationDbContext db, SecretCipher cipher, BrokerAccounts broker, IOptions<WebhookOptions> options, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, caller, db, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Channel == DeliveryChannel.Broker)
        {
            var password = BrokerAccounts.NewPassword();
            await broker.SetPasswordAsync(subscription.VirtualHost!, password, cancellationToken);
            return TypedResults.Ok(new RotatedSecretView(id, password, null));
        }

        var secret = WebhookSecret.New();
        subscription.Rotate(cipher.Encrypt(secret, id), clock.GetUtcNow(), options.Value.RotationOverlap);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RotatedSecretView(id, secret, subscription.PreviousSecretSignsUntil));
    }

    public static async Task<Ok<List<SubscriptionView>>> ListSubscriptions(Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Subscriptions.AsNoTracking().Where(s => s.OrganisationId == caller.OrganisationId)
            .OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken)).Select(SubscriptionView.Of).ToList());

    public static async Task<Results<Ok<SubscriptionView>, NotFound>> GetSubscription(Guid id, Caller caller, NotificationDbContext db, CancellationToken cancellationToken) =>
        await OwnAsync(id, caller, db, cancellationToken) is { } subscription ? TypedResults.Ok(SubscriptionView.Of(subscription)) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> Unsubscribe(
        Guid id, Caller caller, NotificationDbContext db, BrokerAccounts broker, CancellationToken cancellationToken)
    {
        if (await OwnAsync(id, caller, db, cancellationToken) is not { } subscription)
        {
            return TypedResults.NotFound();
        }

        if (subscription.Channel == DeliveryChannel.Broker)
        {
            await broker.DeleteAsync(subscription.VirtualHost!, cancellationToken);
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
