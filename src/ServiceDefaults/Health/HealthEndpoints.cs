using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Health;

/// <summary>
/// Aspire's default health checks and endpoints, mapped in every environment: the gateway and the AppHost probe them.
/// </summary>
public static class HealthEndpoints
{
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    /// <summary>The "self" check, the only one /alive runs; each dependency adds its own check when it is added.</summary>
    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        return builder;
    }

    /// <summary>
    /// /health: ready to serve, every check listed with its status so an operator sees which dependency is down.
    /// 200 when Healthy or Degraded (the service still answers: the gateway keeps it in rotation), 503 when Unhealthy;
    /// the body's "status" tells Degraded apart, and each check's "tags" tell an advisory one (HealthTags.Advisory) apart.
    /// /alive: the process responds. Both are open to anonymous callers.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteReport }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous();
        return app;
    }

    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments(HealthPath) || path.StartsWithSegments(AlivePath);

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            // No exception messages: they can name internal hosts, and anyone may read this.
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, tags = entry.Value.Tags }),
        });
    }
}
