using APPlatform.Web.Authentication;
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
