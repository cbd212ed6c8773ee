using APPlatform.Gateway.Proxy;
using APPlatform.Gateway.RateLimiting;
using APPlatform.Gateway.Tokens;
using APPlatform.ServiceDefaults.OpenApi;

namespace APPlatform.Gateway;

public static class GatewayExtensions
{
    public const string ServiceName = "gateway";

    public static IHostApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(GatewayOptions.SectionName));
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        DemoClientGuard.EnsureNoneOutsideDevelopment(builder.Environment, options);

        builder.Services.AddClientRateLimiting(options.RateLimit, options.Tokens.AttemptsPerMinute);
        builder.AddTokenIssuing(options.Tokens);
        builder.Services.AddServiceRoutes(builder.Configuration);
        builder.Services.AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers());
        return builder;
    }

    /// <summary>After the shared middleware (authentication first, so limits are per client): rate limits, tokens and their keys, the API reference, proxy.</summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapTokenEndpoint();
        app.MapDiscoveryEndpoints();
        app.MapApiReference();
        app.MapReverseProxy(proxy => proxy.UseRequestBodyLimit());
        return app;
    }
}
