using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace APPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    public const string ConnectionName = "cache";

    /// <summary>The name Aspire's Redis client integration gives its health check.</summary>
    public const string HealthCheckName = "StackExchange.Redis";

    /// <summary>
    /// Redis (ConnectionStrings:cache) as a shared <see cref="IConnectionMultiplexer"/>, through Aspire's client
    /// integration (tracing, health check). A cache is an optimisation, so a Redis outage degrades the service instead
    /// of stopping it: it starts without Redis and reconnects by itself, commands fail at once rather than queue (a
    /// search goes straight to the database; /health answers within the gateway's probe timeout), and /health reports
    /// the cache Degraded, not Unhealthy, so the gateway keeps the service in rotation.
    /// </summary>
    public static IHostApplicationBuilder AddCache(this IHostApplicationBuilder builder)
    {
        // A missing setting stops the start, as the database's and the broker's do; the client would only fail on use.
        _ = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (Redis) is not set.");
        // The client logs every step of each connection attempt, and several errors for each failed one every few
        // seconds while Redis is down. The outage shows on /health (and in the health checks' warnings) instead.
        builder.Logging.AddFilter("StackExchange.Redis", LogLevel.None);
        builder.AddRedisClient(ConnectionName, configureOptions: options =>
        {
            options.AbortOnConnectFail = false;
            options.BacklogPolicy = BacklogPolicy.FailFast;
        });
        builder.Services.Configure<HealthCheckServiceOptions>(health =>
        {
            foreach (var check in health.Registrations.Where(check => check.Name == HealthCheckName))
            {
                check.FailureStatus = HealthStatus.Degraded;
            }
        });
        return builder;
    }
}
