using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace APPlatform.ServiceDefaults.Http;

internal static class HttpClientDefaults
{
    /// <summary>
    /// Aspire's HttpClient defaults: every client from the factory resolves service names (http://referral) through
    /// Microsoft.Extensions.ServiceDiscovery, from the services:&lt;name&gt;:http:&lt;i&gt; configuration the AppHost sets,
    /// taking the replicas in turn, and gets the standard resilience handler (timeouts, retries, circuit breaker),
    /// retrying only what is safe to repeat. The correlation id goes with every call.
    /// </summary>
    public static IServiceCollection AddHttpClientDefaults(this IServiceCollection services)
    {
        services.AddServiceDiscovery();
        services.AddTransient<CorrelationIdHandler>();
        services.ConfigureHttpClientDefaults(http =>
        {
            http.AddHttpMessageHandler<CorrelationIdHandler>();
            http.AddStandardResilienceHandler(resilience => resilience.Retry.ShouldHandle = args => ValueTask.FromResult(
                args.Context.GetRequestMessage() is { } request && IsSafeToRepeat(request) && HttpClientResiliencePredicates.IsTransient(args.Outcome)));
            // Inside the resilience handler, so a retry may go to another replica.
            http.AddServiceDiscovery();
        });
        return services;
    }

    /// <summary>
    /// A request that may be sent twice without doing its work twice: an idempotent method, or a POST carrying an
    /// Idempotency-Key (the receiving service replays its first answer). A POST without one is never retried: a
    /// request that timed out may still have been carried out.
    /// </summary>
    public static bool IsSafeToRepeat(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head || request.Method == HttpMethod.Options
        || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete
        || request.Headers.Contains(IdempotencyFilter.HeaderName);
}
