using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace APPlatform.ServiceDefaults.Caching;

/// <summary>Degraded, not unhealthy, when Redis is down: the service still answers, only slower.</summary>
internal sealed class CacheHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:0.0} ms");
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer.", exception);
        }
    }
}
