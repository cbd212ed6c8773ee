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
            limiter.AddPolicy(PolicyName, context => Caller.FromPrincipal(context.User) is { } caller
                ? RateLimitPartition.GetFixedWindowLimiter(caller.OrganisationId, _ =>
                {
                    var options = context.RequestServices.GetRequiredService<IOptions<WebhookOptions>>().Value;
                    return new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.ReplaysPerWindow, Window = options.ReplayWindow, QueueLimit = 0,
                    };
                })
                : RateLimitPartition.GetNoLimiter(Guid.Empty)); // no organisation: refused by the route itself
            limiter.OnRejected = (rejected, _) =>
                TooManyRequests.WriteProblemAsync(rejected, "This organisation has asked for too many replays.");
        });
}
