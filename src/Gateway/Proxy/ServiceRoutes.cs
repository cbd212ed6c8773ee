using APPlatform.Gateway.RateLimiting;
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

    /// <summary>
    /// What is not a service's scoped API: the identity provider's sign-in, tokens and published keys, its own API (it
    /// checks its callers' roles itself), and the web application's pages, which take any path no other route does
    /// (routing prefers the literal prefixes above to its catch-all).
    /// </summary>
    private static readonly (string Service, string Path, string Policy, string? RateLimiterPolicy)[] otherRoutes =
    [
        ("identity", TokenPath, AnonymousPolicy, ClientRateLimiting.TokenEndpointPolicy),
        ("identity", "/connect/{**rest}", AnonymousPolicy, null),
        ("identity", "/.well-known/{**rest}", AnonymousPolicy, null),
        ("identity", "/account/{**rest}", AnonymousPolicy, null),
        ("identity", "/api/identity/{**rest}", AuthenticatedPolicy, null),
        ("web", "/{**rest}", AnonymousPolicy, null),
    ];

    public const string TokenPath = "/connect/token";

    public static IServiceCollection AddServiceRoutes(this IServiceCollection services, IConfiguration configuration)
    {
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (_, scope, _) in routes)
        {
            authorization.AddPolicy(ScopePolicy(scope), policy => policy.RequireAuthenticatedUser().RequireScope(scope));
        }

        var available = Available(configuration).ToList();
        var others = otherRoutes.Where(route => Configured(configuration, route.Service)).ToList();
        var routeConfigs = available.SelectMany(route => route.PathPrefixes
                .Select(prefix => Route(route.Service, prefix + "/{**rest}", ScopePolicy(route.Scope)))
                .Append(Route(route.Service, OpenApiDocumentPath(route.Service), AnonymousPolicy)))
            .Concat(others.Select(route => Route(route.Service, route.Path, route.Policy) with { RateLimiterPolicy = route.RateLimiterPolicy }))
            .ToList();
        var clusters = available.Select(route => route.Service).Concat(others.Select(route => route.Service)).Distinct().Select(Cluster).ToList();

        services.AddReverseProxy().LoadFromMemory(routeConfigs, clusters).AddServiceDiscoveryDestinationResolver();
        return services;
    }

    /// <summary>The services whose routes the gateway serves.</summary>
    public static IEnumerable<string> AvailableServices(IConfiguration configuration) => Available(configuration).Select(route => route.Service);

    /// <summary>A service's OpenAPI document: public, like the reference page that shows it (decision 0012).</summary>
    public static string OpenApiDocumentPath(string service) => $"/openapi/{service}.json";

    // A service the configuration does not name gets no routes: its paths answer 404 rather than 503.
    private static IEnumerable<(string Service, string Scope, string[] PathPrefixes)> Available(IConfiguration configuration) =>
        routes.Where(route => Configured(configuration, route.Service));

    private static bool Configured(IConfiguration configuration, string service) => configuration.GetSection($"services:{service}").Exists();

    private static string ScopePolicy(string scope) => $"scope:{scope}";

    // YARP's names for a route that needs no token, and for one that needs any valid token.
    private const string AnonymousPolicy = "Anonymous";
    private const string AuthenticatedPolicy = "Default";

    private static RouteConfig Route(string service, string path, string policy) => new()
    {
        RouteId = $"{service}:{path}",
        ClusterId = service,
        Match = new RouteMatch { Path = path },
        AuthorizationPolicy = policy,
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
