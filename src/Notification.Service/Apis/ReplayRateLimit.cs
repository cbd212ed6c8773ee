using System.Threading.RateLimiting;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Apis;

/// <summary>
/// A replay sends a message out of the platform again, to a receiver or a mailbox, so one organisation (a script gone
/// wrong, a stolen token) must not turn the platform into a flood: each organisation may ask for
/// <see cref="WebhookOptions.ReplaysPerWindow"/> per window, then gets 429 with Retry-After. The count is per
/// replica, as the gateway's is per gateway.
/// </summary>
public static class ReplayRateLimit
{
    public const string PolicyName = "replays";

    public static IServiceCollection AddReplayRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PolicyName, context => Partition(Caller.FromPrincipal(context.User)?.OrganisationId,
                () => context.RequestServices.GetRequiredService<IOptions<WebhookOptions>>().Value));
            limiter.OnRejected = (rejected, _) =>
                TooManyRequests.WriteProblemAsync(rejected, "This organisation has asked for too many replays.");
        });

    /// <summary>
    /// One fixed window per organisation, nothing queued; a caller without an organisation is not counted here, since
    /// the route itself refuses it.
    /// </summary>
    public static RateLimitPartition<Guid> Partition(Guid? organisationId, Func<WebhookOptions> options) => organisationId is { } id
        ? RateLimitPartition.GetFixedWindowLimiter(id, _ => Window(options()))
        : RateLimitPartition.GetNoLimiter(Guid.Empty);

    private static FixedWindowRateLimiterOptions Window(WebhookOptions options) =>
        new() { PermitLimit = options.ReplaysPerWindow, Window = options.ReplayWindow, QueueLimit = 0 };
}
