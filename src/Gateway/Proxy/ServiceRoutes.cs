using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Health;
using Yarp.ReverseProxy.Configuration;

namespace APPlatform.Gateway.Proxy;

/// <summary>
/// Which public paths go to which service, and the scope a token needs for each. Each cluster has one destination,
/// http://&lt;service&gt;, which Microsoft.Extensions.ServiceDiscovery.Yarp expands into one destination per address in
/// the services:&lt;service&gt;:http:&lt;i&gt; configuration (Aspire's format, one per replica), balanced round-robin and
/// taken out of rotation while their /health fails.
/// </summary>
internal static class ServiceRoutes
{
    private static readonly (string Service, string Scope, string[] PathPrefixes)[] routes =
    [
        ("directory", PlatformScopes.Directory, ["/api/directory"]),
        ("referral", PlatformScopes.Referrals, ["/api/referrals", "/api/placements"]),
        ("attendance", PlatformScopes.Attendance, ["/api/attendance"]),
        ("notification", PlatformScopes.Notifications, ["/api/notifications"]),
    ];

    public static IServiceCollection AddServiceRoutes(this IServiceCollection services, IConfiguration configuration)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (_, scope, _) in routes)
        {
            authorization.AddPolicy(ScopePolicy(scope), policy => policy.RequireAuthenticatedUser().RequireScope(scope));
        }

        // A service the configuration does not name gets no routes: its paths answer 404 rather than 503.
        var available = routes.Where(route => configuration.GetSection($"services:{route.Service}").Exists()).ToList();
        var routeConfigs = available.SelectMany(route => route.PathPrefixes
                .Select(prefix => Route(route.Service, prefix + "/{**rest}", ScopePolicy(route.Scope)))
                .Append(Route(route.Service, $"/openapi/{route.Service}.json", policy: null)))
            .ToList();
        var clusters = available.Select(route => Cluster(route.Service)).ToList();

        services.AddReverseProxy().LoadFromMemory(routeConfigs, clusters).AddServiceDiscoveryDestinationResolver();
        return services;
    }

    private static string ScopePolicy(string scope) => $"scope:{scope}";

    private static RouteConfig Route(string service, string path, string? policy) => new()
    {
        RouteId = $"{service}:{path}",
        ClusterId = service,
        Match = new RouteMatch { Path = path },
        // null falls back to the default policy: any valid token (the OpenAPI documents).
        AuthorizationPolicy = policy ?? "Default",
    };

    private static ClusterConfig Cluster(string service) => new()
    {
        ClusterId = service,
        LoadBalancingPolicy = "RoundRobin",
        Destinations = new Dictionary<string, DestinationConfig> { [service] = new() { Address = $"http://{service}" } },
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromSeconds(5),
                Timeout = TimeSpan.FromSeconds(3),
                Policy = "ConsecutiveFailures",
                Path = HealthEndpoints.HealthPath,
            },
        },
    };
}
