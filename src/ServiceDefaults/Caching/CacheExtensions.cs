using APPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace APPlatform.ServiceDefaults.Caching;

public static class CacheExtensions
{
    public const string ConnectionName = "cache";

    /// <summary>
    /// Redis (ConnectionStrings:cache) as a shared <see cref="IConnectionMultiplexer"/>. It connects in the background
    /// and reconnects by itself, so a Redis outage degrades the service (reported on /health) instead of stopping it.
    /// </summary>
    public static IHostApplicationBuilder AddCache(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} (Redis) is not set.");
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<CacheHealthCheck>(ConnectionName, failureStatus: HealthStatus.Degraded, tags: [HealthTags.Ready]);
        return builder;
    }
}
