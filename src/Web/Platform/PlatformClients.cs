using Microsoft.Extensions.Options;

namespace APPlatform.Web.Platform;

public static class PlatformClients
{
    /// <summary>A typed client per service area, each calling the gateway with the signed-in person's access token.</summary>
    public static IServiceCollection AddPlatformClients(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddTransient<AccessTokenHandler>();
        services.AddHttpClient<AttendanceApi>(ToGateway).AddHttpMessageHandler<AccessTokenHandler>();
        services.AddHttpClient<ReferralApi>(ToGateway).AddHttpMessageHandler<AccessTokenHandler>();
        services.AddHttpClient<DirectoryApi>(ToGateway).AddHttpMessageHandler<AccessTokenHandler>();
        services.AddHttpClient<NotificationApi>(ToGateway).AddHttpMessageHandler<AccessTokenHandler>();
        services.AddHttpClient<IdentityApi>(ToGateway).AddHttpMessageHandler<AccessTokenHandler>();
        services.AddScoped<PupilNames>();
        return services;
    }

    private static void ToGateway(IServiceProvider services, HttpClient http) =>
        http.BaseAddress = services.GetRequiredService<IOptions<WebOptions>>().Value.Gateway;
}
