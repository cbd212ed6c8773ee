using APPlatform.Web.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using APPlatform.Web.Design.Navigation;
using APPlatform.Web.Navigation;
using APPlatform.Web.Platform;

namespace APPlatform.Web;

public static class WebExtensions
{
    public const string ServiceName = "web";

    public static WebApplicationBuilder AddWebApplication(this WebApplicationBuilder builder)
    {
        builder.AddWebAuthentication();
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
