using APPlatform.ServiceDefaults.Correlation;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Http;

internal static class HttpClientDefaults
{
    /// <summary>Every HttpClient from the factory resolves service names, retries transient failures and forwards the correlation id.</summary>
    public static IServiceCollection AddHttpClientDefaults(this IServiceCollection services)
    {
        services.AddTransient<ServiceDiscoveryHandler>();
        services.AddTransient<ResilienceHandler>();
        services.AddTransient<CorrelationIdHandler>();
        services.ConfigureHttpClientDefaults(http => http
            .AddHttpMessageHandler<CorrelationIdHandler>()
            .AddHttpMessageHandler<ResilienceHandler>()
            .AddHttpMessageHandler<ServiceDiscoveryHandler>());
        return services;
    }
}
