using APPlatform.ServiceDefaults.Caching;
using APPlatform.Web.Authentication;
using APPlatform.Web.Design.Navigation;
using APPlatform.Web.Navigation;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.HttpOverrides;
using StackExchange.Redis;

namespace APPlatform.Web;

public static class WebExtensions
{
    public const string ServiceName = "web";

    /// <summary>The Redis key that holds the web application's data protection key ring.</summary>
    public const string DataProtectionKeys = "applatform:web:data-protection-keys";

    public static WebApplicationBuilder AddWebApplication(this WebApplicationBuilder builder)
    {
        builder.AddWebAuthentication();
        // The sign-in cookie and antiforgery tokens one replica makes must open on every other: the key ring is in Redis.
        builder.AddCache();
        builder.Services.AddDataProtection().SetApplicationName("applatform-web");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((options, redis) =>
            options.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), DataProtectionKeys));
        builder.Services.AddPlatformClients();
        builder.Services.AddSingleton<IServiceNavigation, WebNavigation>();
        builder.Services.AddSingleton(TimeProvider.System);
        // Behind the gateway (YARP sends X-Forwarded-Proto, -Host and -Prefix): the sign-in's redirect_uri and the cookie
        // must name the address people use, not the one the gateway calls. Only the gateway reaches this process.
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost
                | ForwardedHeaders.XForwardedPrefix;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AllowAnonymousToPage("/Index");
            pages.Conventions.AllowAnonymousToFolder("/Errors");
            pages.Conventions.ConfigureFilter(new PlatformApiExceptionFilter());
        });
        return builder;
    }

    public static WebApplication UseWebApplication(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages();
        app.MapSignIn();
        return app;
    }
}
