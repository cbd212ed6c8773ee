using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Correlation;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Health;
using APPlatform.ServiceDefaults.Http;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults;

/// <summary>What every APPlatform web process shares: the gateway and the four services call these two methods.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// Aspire's service defaults (OpenTelemetry, exported over OTLP when configured; health checks; HttpClient service
    /// discovery and standard resilience), then the platform's own: request size limits, RFC 9457 problem responses, correlation ids, JWT
    /// authentication with a deny-by-default policy. Storage, messaging and cache are added by the service itself
    /// (AddServiceDatabase, AddMessaging, AddCache) because not every process has them, and its OpenAPI document
    /// (AddOpenApi with AddPlatformTransformers) because only the calling assembly's doc comments reach it.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddHostingDefaults(serviceName);
        builder.AddPlatformAuthentication();
        builder.Services.AddProblemResponses();
        return builder;
    }

    /// <summary>
    /// The defaults that do not depend on being an API: telemetry, health checks, HttpClient service discovery and
    /// resilience, request size limits. The web application takes these alone: it signs people in with a cookie and
    /// OpenID Connect rather than checking bearer tokens, and answers errors with pages rather than problems.
    /// </summary>
    public static IHostApplicationBuilder AddHostingDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.ConfigureOpenTelemetry(serviceName);
        builder.AddDefaultHealthChecks();
        builder.Services.AddHttpClientDefaults();
        builder.AddRequestLimits();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>What goes with <see cref="AddHostingDefaults"/>: correlation ids on every request and call, /health and /alive.</summary>
    public static WebApplication UseHostingDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.MapDefaultEndpoints();
        return app;
    }

    /// <summary>The shared middleware, in the order it must run, and the /health, /alive and OpenAPI endpoints.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseIdempotencyKeyBuffering();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        // The document describes routes, never a record: public, so the gateway's reference page can show it (decision 0012).
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }
}
