using System.Text.Json;

namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// Aspire's readiness check for a project: GET /health answers 200. A Degraded report answers 200 too, but does not
/// count: a service reports Degraded until its bus has bound its queues, and events published to it meanwhile are lost.
/// </summary>
internal static class HealthProbe
{
    private static readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <returns>Whether it is healthy, and what it answered (to explain a failed start).</returns>
    public static async Task<(bool Healthy, string Answer)> CheckAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(address, "/health"), cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return (response.IsSuccessStatusCode && ReportedStatus(body) != "Degraded", $"{(int)response.StatusCode} {body}");
        }
        catch (HttpRequestException exception)
        {
            return (false, exception.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, $"no answer within {client.Timeout.TotalSeconds:0} s");
        }
    }

    /// <summary>The status of a JSON health report (ServiceDefaults writes one), or else the plain-text body ASP.NET Core's default writes.</summary>
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
