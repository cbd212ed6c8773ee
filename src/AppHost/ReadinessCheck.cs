using System.Text.Json;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace APPlatform.AppHost;

/// <summary>
/// A project is ready when its /health report says Healthy. Aspire's HTTP health check takes any 200 as healthy, but a
/// service answers 200 Degraded until its bus has bound its queues, and events published to it meanwhile would be
/// lost; WaitFor must wait for Healthy. The dashboard shows Degraded as it is, except a report whose only Degraded
/// checks are advisory (HealthTags.Advisory): that one counts as ready, so the services waiting for this one start, and
/// the dashboard shows it Healthy with the report as its description. /health itself still says Degraded.
/// </summary>
internal static class ReadinessCheck
{
    private static readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(2) };

    public static IResourceBuilder<ProjectResource> WithReadinessCheck(this IResourceBuilder<ProjectResource> project)
    {
        var endpoint = project.GetEndpoint("http");
        return project.WithReadinessCheck(cancellationToken => CheckAsync(endpoint, cancellationToken));
    }

    private static async Task<HealthCheckResult> CheckAsync(EndpointReference endpoint, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(new Uri(endpoint.Url), "/health"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return ReportedStatus(body) switch
            {
                "Healthy" when response.IsSuccessStatusCode => HealthCheckResult.Healthy(),
                "Degraded" when OnlyAdvisoryChecksDegraded(body) => HealthCheckResult.Healthy(body),
                "Degraded" => HealthCheckResult.Degraded(body),
                _ => HealthCheckResult.Unhealthy($"{(int)response.StatusCode} {body}"),
            };
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    /// <summary>
    /// Whether every check that is not Healthy is advisory (e.g. a school calendar that has run out): something for an
    /// operator to put right, not a reason to hold back the services that wait for this one.
    /// </summary>
    internal static bool OnlyAdvisoryChecksDegraded(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("checks", out var checks) && checks.ValueKind == JsonValueKind.Object &&
                   checks.EnumerateObject().All(check =>
                       check.Value.GetProperty("status").GetString() == "Healthy" ||
                       (check.Value.GetProperty("status").GetString() == "Degraded" &&
                        check.Value.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array &&
                        tags.EnumerateArray().Any(tag => tag.GetString() == "advisory")));
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The status of the JSON report ServiceDefaults writes, or the plain text ASP.NET Core's default writes.</summary>
    private static string ReportedStatus(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("status", out var status)
                ? status.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return body.Trim();
        }
    }
}
