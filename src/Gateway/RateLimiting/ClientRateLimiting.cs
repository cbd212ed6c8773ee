using System.Threading.RateLimiting;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Health;
using Microsoft.AspNetCore.RateLimiting;

namespace APPlatform.Gateway.RateLimiting;

internal static class ClientRateLimiting
{
    public const string TokenEndpointPolicy = "token-endpoint";

    /// <summary>
    /// Each client, and each person signed in through a client, gets its own token bucket, so one busy caller cannot
    /// starve the others; over the limit answers 429 with Retry-After. Health probes are never limited. The token
    /// endpoint has its own, far stricter limit per address (<see cref="TokenEndpointPolicy"/>): enough for any client
    /// renewing its tokens, too few to guess secrets. (One bucket per gateway process: with several gateways the
    /// limit would move to Redis.)
    /// </summary>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, RateLimitOptions limits)
    {
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HealthEndpoints.IsProbe(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                    }));
            options.AddPolicy(TokenEndpointPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                $"ip:{context.Connection.RemoteIpAddress}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.TokenAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (rejected, _) => TooManyRequests.WriteProblemAsync(rejected, "This client has sent too many requests.");
        });
        return services;
    }

    // A person's token has their id as its subject, a system's its client id: every person through the web client
    // gets a bucket of their own.
    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(PlatformClaims.ClientId)?.Value is { } clientId
            ? $"client:{clientId}:{context.User.FindFirst(PlatformClaims.Subject)?.Value}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
