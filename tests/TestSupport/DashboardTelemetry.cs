using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.AppHost.Servers;

namespace APPlatform.TestSupport;

/// <summary>A span as the dashboard received it from a service over OTLP.</summary>
/// <param name="Service">service.name: the resource (gateway, attendance, ...).</param>
/// <param name="Instance">service.instance.id: which replica.</param>
public sealed record Span(string Service, string Instance, string Name, string TraceId);

/// <summary>
/// The Aspire dashboard of a platform under test, on free ports and with an API key of its own, and what it collected,
/// read through its telemetry API (OTLP JSON).
/// </summary>
public sealed class DashboardTelemetry
{
    private readonly HttpClient http;

    public DashboardTelemetry()
    {
        var apiKey = Guid.NewGuid().ToString("N");
        Url = new Uri($"http://localhost:{FreePort.Next()}");
        AppHostSettings = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = Url.ToString(),
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort.Next()}",
            ["AppHost:DashboardApiKey"] = apiKey,
        };
        http = new HttpClient { BaseAddress = Url, DefaultRequestHeaders = { { "x-api-key", apiKey } } };
    }

    public Uri Url { get; }

    /// <summary>The AppHost's settings (configuration keys) that put the dashboard there, with that API key.</summary>
    public IReadOnlyDictionary<string, string> AppHostSettings { get; }

    /// <summary>Every span of one trace, from every service that took part; empty until the dashboard has any.</summary>
    public async Task<IReadOnlyList<Span>> TraceAsync(string traceId)
    {
        var response = await http.GetAsync($"/api/telemetry/traces/{traceId}");
        return response.IsSuccessStatusCode ? Spans(await response.Content.ReadFromJsonAsync<JsonElement>()) : [];
    }

    /// <summary>The spans of one resource, every replica of it (the dashboard names replicas attendance-&lt;instance&gt;).</summary>
    public async Task<IReadOnlyList<Span>> SpansOfAsync(string resource, int limit = 1000)
    {
        var replicas = (await http.GetFromJsonAsync<JsonElement>("/api/telemetry/resources")).EnumerateArray()
            .Where(known => known.GetProperty("name").GetString() == resource)
            .Select(known => $"resource={Uri.EscapeDataString(known.GetProperty("displayName").GetString()!)}")
            .ToList();
        return replicas.Count == 0
            ? []
            : Spans(await http.GetFromJsonAsync<JsonElement>($"/api/telemetry/spans?{string.Join('&', replicas)}&limit={limit}"));
    }

    /// <summary>How many replicas of <paramref name="resource"/> served a request whose span name contains <paramref name="route"/>.</summary>
    public async Task<int> ReplicasServingAsync(string resource, string route) =>
        (await SpansOfAsync(resource)).Where(span => span.Name.Contains(route)).Select(span => span.Instance).Distinct().Count();

    private static List<Span> Spans(JsonElement response) =>
        [.. response.GetProperty("data").GetProperty("resourceSpans").EnumerateArray().SelectMany(resourceSpans =>
        {
            var attributes = resourceSpans.GetProperty("resource").GetProperty("attributes").EnumerateArray()
                .ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("value").TryGetProperty("stringValue", out var v) ? v.GetString() : null);
            return resourceSpans.GetProperty("scopeSpans").EnumerateArray()
                .SelectMany(scope => scope.GetProperty("spans").EnumerateArray())
                .Select(span => new Span(
                    attributes.GetValueOrDefault("service.name") ?? "", attributes.GetValueOrDefault("service.instance.id") ?? "",
                    span.GetProperty("name").GetString()!, span.GetProperty("traceId").GetString()!));
        })];
}
