using APPlatform.Gateway.Proxy;
using APPlatform.Gateway.RateLimiting;
using APPlatform.ServiceDefaults.OpenApi;

namespace APPlatform.Gateway;

public static class GatewayExtensions
{
    public const string ServiceName = "gateway";

    public static IHostApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.SectionName));
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        builder.Services.AddClientRateLimiting(options.RateLimit);
        builder.Services.AddServiceRoutes(builder.Configuration);
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());
        return builder;
    }

    /// <summary>After the shared middleware (authentication first, so limits are per client): rate limits, the API reference, proxy.</summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapApiReference();
        // A pipeline of our own replaces YARP's default one, so its steps are named again: without UseLoadBalancing the
        // forwarder picks a replica at random and the clusters' RoundRobin is ignored.
        app.MapReverseProxy(proxy =>
        {
            proxy.UseRequestBodyLimit();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
