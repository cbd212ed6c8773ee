using System.ComponentModel.DataAnnotations;
using APPlatform.Notifications.BrokerSubscribers;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using APPlatform.Notifications.Subscriptions;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Apis;

/// <summary>
/// A local authority's queue on the platform's broker, fed with each event of these types that names the LA.
/// </summary>
/// <param name="EventTypes">
/// 1 to 50 integration event names, e.g. PlacementStarted (GET /api/notifications/event-types lists them).
/// </param>
/// <param name="LocalAuthorityId">The LA subscribed: a local authority's own (or omitted); required of a platform admin.</param>
public sealed record BrokerSubscriptionInput(
    [property: Required, MinLength(1), MaxLength(50)] List<string>? EventTypes,
    Guid? LocalAuthorityId = null) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SubscribableEventTypes.Refusal(EventTypes, nameof(EventTypes)) is { } unknown)
        {
            yield return unknown;
        }
    }
}

/// <summary>
/// The subscription as created, with the password of the LA's broker user: no later answer carries it (rotate it with
/// POST /api/notifications/subscriptions/{id}/secret/rotate). <paramref name="Uri"/> is all a client needs to connect.
/// </summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="LocalAuthorityId">The local authority whose events it receives.</param>
/// <param name="EventTypes">The event types it receives.</param>
/// <param name="CreatedAt">When it was made (ISO date-time with offset).</param>
/// <param name="VirtualHost">The local authority's RabbitMQ virtual host.</param>
/// <param name="Username">The local authority's broker user.</param>
/// <param name="Password">The broker user's password; shown only here.</param>
/// <param name="Uri">The AMQP URI to connect with, credentials included.</param>
/// <param name="Exchange">The topic exchange in the virtual host to bind to, with an event type (or #) as the routing key.</param>
/// <param name="QueuePrefix">What the subscriber's queues must be named with: it may declare and bind no others.</param>
public sealed record CreatedBrokerSubscriptionView(
    Guid Id, Guid LocalAuthorityId, IReadOnlyList<string> EventTypes, DateTimeOffset CreatedAt,
    string VirtualHost, string Username, string Password, string Uri, string Exchange, string QueuePrefix);

/// <summary>
/// Broker subscriptions: a local authority's system reads the events that concern it from a RabbitMQ virtual host of
/// its own, with a user of its own, the same events and bodies its webhooks would get (docs/broker-subscribers.md).
/// </summary>
public static class BrokerSubscriptionsApi
{
    public static RouteGroupBuilder MapBrokerSubscriptionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/notifications/broker-subscriptions").WithTags("Broker subscriptions")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        // No Idempotency-Key, as for webhooks: a stored answer would keep the password; a client that lost it rotates it.
        api.MapPost("/", SubscribeBroker).WithName(nameof(SubscribeBroker))
            .WithSummary("Give a local authority a virtual host and user of its own, into which the events that concern it are relayed; " +
                         "the answer carries the password, once");
        return api;
    }

    public static async Task<Results<Created<CreatedBrokerSubscriptionView>, ValidationProblem, ProblemHttpResult>> SubscribeBroker(
        BrokerSubscriptionInput input, Caller caller, NotificationDbContext db, BrokerAccounts accounts, BrokerRelay relay,
        IConfiguration configuration, IOptions<BrokerOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (caller.Is(OrganisationType.PlatformAdmin) && input.LocalAuthorityId is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["localAuthorityId"] = ["A platform admin names the local authority it subscribes."],
            });
        }

        if (SubscribableEventTypes.NeverReaching(input.EventTypes!, OrganisationType.LocalAuthority) is { } neverReaching)
        {
            return neverReaching;
        }

        var localAuthorityId = input.LocalAuthorityId ?? caller.OrganisationId;
        if (caller.Is(OrganisationType.LocalAuthority) && localAuthorityId != caller.OrganisationId)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "A local authority subscribes only itself.");
        }

        var virtualHost = accounts.VirtualHostOf(localAuthorityId);
        if (await db.Subscriptions.AnyAsync(s => s.VirtualHost == virtualHost, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                detail: "The local authority already has a broker subscription: delete it first, or rotate its password if it was lost.");
        }

        var password = BrokerAccounts.NewPassword();
        await accounts.CreateAsync(virtualHost, password, cancellationToken);
        try
        {
            await relay.PrepareAsync(virtualHost, cancellationToken);
        }
        catch (DeliveryFailedException failure)
        {
            throw new DependencyUnavailableException(failure.Message, failure);
        }

        var subscription = new Subscription
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = localAuthorityId,
            Channel = DeliveryChannel.Broker,
            VirtualHost = virtualHost,
            EventTypes = input.EventTypes!.Distinct().ToList(),
            CreatedAt = clock.GetUtcNow(),
        };
        db.Subscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);

        var address = PlatformBroker.SubscriberAddress(configuration, options.Value);
        var uri = new UriBuilder(address)
        {
            UserName = Uri.EscapeDataString(virtualHost), Password = Uri.EscapeDataString(password), Path = Uri.EscapeDataString(virtualHost),
        };
        return TypedResults.Created($"/api/notifications/subscriptions/{subscription.Id}", new CreatedBrokerSubscriptionView(
            subscription.Id, localAuthorityId, subscription.EventTypes, subscription.CreatedAt, virtualHost, virtualHost, password,
            uri.Uri.ToString(), BrokerRelay.Exchange, BrokerAccounts.QueuePrefix));
    }
}
