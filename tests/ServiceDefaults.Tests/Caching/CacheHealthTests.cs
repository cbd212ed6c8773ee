using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Unit.Tests.Hosting;
using APPlatform.TestSupport;

namespace APPlatform.ServiceDefaults.Tests.Caching;

/// <summary>
/// A Redis outage degrades a service and does not stop it: it starts without Redis, /health says Degraded (200, so the
/// gateway keeps it in rotation) quickly enough for the gateway's probe, and it reconnects by itself.
/// </summary>
public sealed class CacheHealthTests
{
    /// <summary>The gateway's active health check gives up on a replica that has not answered /health by then.</summary>
    private static readonly TimeSpan GatewayProbeTimeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task WithRedisDownTheServiceStartsAndReportsTheCacheDegraded()
    {
        await using var redis = await StoppedRedisAsync();
        await using var app = await StartWithCacheAsync(redis);

        var first = await Eventually.Until(
            () => HealthAsync(app), health => health.Cache is not null, because: "the cache check should run");
        var timer = Stopwatch.StartNew();
        var again = await HealthAsync(app);
        timer.Stop();

        Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), (first.StatusCode, first.Status, first.Cache));
        Assert.Equal((HttpStatusCode.OK, "Degraded", "Degraded"), (again.StatusCode, again.Status, again.Cache));
        Assert.True(timer.Elapsed < GatewayProbeTimeout, $"/health took {timer.Elapsed} with Redis down: PING must fail, not queue");
    }

    [Fact]
    public async Task OnceRedisIsBackTheCacheIsHealthyAgainWithoutARestart()
    {
        await using var redis = await StoppedRedisAsync();
        await using var app = await StartWithCacheAsync(redis);
        await Eventually.Until(
            () => HealthAsync(app), health => health.Cache == "Degraded", because: "Redis is not running yet");

        await redis.StartAsync(ResourceNames.Cache);

        var health = await Eventually.Until(
            () => HealthAsync(app), health => health.Cache == "Healthy", because: "the client reconnects by itself");
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (health.StatusCode, health.Status));
    }

    /// <summary>A Redis of the test's own, stopped: the service starts while it is down, and the test may start it again.</summary>
    private static async Task<AppHostServers> StoppedRedisAsync()
    {
        var redis = await AppHostServers.StartAsync([ResourceNames.Cache]);
        await redis.StopAsync(ResourceNames.Cache);
        return redis;
    }

    private static async Task<DefaultsApp> StartWithCacheAsync(AppHostServers redis) => await DefaultsApp.StartAsync(
        new Dictionary<string, string?> { ["ConnectionStrings:" + CacheExtensions.ConnectionName] = await redis.ConnectionStringAsync(ResourceNames.Cache) },
        add: builder => builder.AddCache());

    private static async Task<(HttpStatusCode StatusCode, string? Status, string? Cache)> HealthAsync(DefaultsApp app)
    {
        using var response = await app.Client.GetAsync("/health");
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        var cache = report.GetProperty("checks").TryGetProperty(CacheExtensions.HealthCheckName, out var check)
            ? check.GetProperty("status").GetString()
            : null;
        return (response.StatusCode, report.GetProperty("status").GetString(), cache);
    }
}
