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
            options.OnRejected = WriteTooManyRequests;
        });
        return services;
    }

    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirst(PlatformClaims.ClientId)?.Value is { } clientId
            ? $"client:{clientId}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask WriteTooManyRequests(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString();
        await context.WriteProblemAsync(
            StatusCodes.Status429TooManyRequests, $"This client has sent too many requests. Retry after {seconds} s.");
    }
}
