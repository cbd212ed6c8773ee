using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Http;
using Yarp.ReverseProxy.Configuration;

namespace APPlatform.Gateway.Proxy;

/// <summary>
/// Which public paths go to which service, and the scope a token needs for each. Destinations are every replica the
/// services: configuration lists (Aspire's format), balanced round-robin and taken out of rotation while their
/// /health fails.
/// </summary>
internal static class ServiceRoutes
{
    private static readonly (string Service, string Scope, string[] PathPrefixes)[] routes =
    [
        ("directory", "directory", ["/api/directory"]),
        ("referral", "referrals", ["/api/referrals", "/api/placements"]),
        ("attendance", "attendance", ["/api/attendance"]),
        ("notification", "notifications", ["/api/notifications"]),
    ];

    public static IServiceCollection AddServiceRoutes(this IServiceCollection services, IConfiguration configuration)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (_, scope, _) in routes)
        {
            authorization.AddPolicy(ScopePolicy(scope), policy => policy.RequireAuthenticatedUser().RequireScope(scope));
        }

        var available = routes.Where(route => ServiceEndpoints.Resolve(configuration, route.Service).Count > 0).ToList();
        var routeConfigs = available.SelectMany(route => route.PathPrefixes
                .Select(prefix => Route(route.Service, prefix + "/{**rest}", ScopePolicy(route.Scope)))
                .Append(Route(route.Service, $"/openapi/{route.Service}.json", policy: null)))
            .ToList();
        var clusters = available.Select(route => Cluster(route.Service, ServiceEndpoints.Resolve(configuration, route.Service))).ToList();

        services.AddReverseProxy().LoadFromMemory(routeConfigs, clusters);
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

    private static ClusterConfig Cluster(string service, IReadOnlyList<Uri> replicas) => new()
    {
        ClusterId = service,
        LoadBalancingPolicy = "RoundRobin",
        Destinations = replicas
            .Select((address, index) => (Key: $"{service}-{index}", Value: new DestinationConfig { Address = address.ToString() }))
            .ToDictionary(d => d.Key, d => d.Value),
        HealthCheck = new HealthCheckConfig
        {
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = TimeSpan.FromSeconds(5),
                Timeout = TimeSpan.FromSeconds(3),
                Policy = "ConsecutiveFailures",
                Path = "/health",
            },
        },
    };
}
