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
    /// Each client gets its own token bucket, so one busy client cannot starve the others; over the limit answers 429
    /// with Retry-After. Health probes are never limited. (One bucket per gateway process: with several gateways
    /// the limit would move to Redis.)
    /// </summary>
    /// <param name="tokenAttemptsPerMinute">
    /// The token endpoint's own, far stricter limit per address (<see cref="TokenEndpointPolicy"/>): enough for any
    /// client renewing its tokens, too few to guess secrets.
    /// </param>
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, RateLimitOptions limits, int tokenAttemptsPerMinute)
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
                _ => new FixedWindowRateLimiterOptions { PermitLimit = tokenAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.OnRejected = (rejected, _) => TooManyRequests.WriteProblemAsync(rejected, "This client has sent too many requests.");
        });
        return services;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(PlatformClaims.ClientId)?.Value is { } clientId
            ? $"client:{clientId}"
            : $"ip:{context.Connection.RemoteIpAddress}";
}
