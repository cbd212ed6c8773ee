using System.Net.Http.Json;
using System.Text.Json;

namespace APPlatform.TestSupport;

/// <summary>A span as the dashboard received it from a service over OTLP.</summary>
/// <param name="Service">service.name: the resource (gateway, attendance, ...).</param>
/// <param name="Instance">service.instance.id: which replica.</param>
public sealed record Span(string Service, string Instance, string Name, string TraceId);

/// <summary>What the Aspire dashboard collected, read through its telemetry API (OTLP JSON) with the AppHost's API key.</summary>
public sealed class DashboardTelemetry(Uri dashboard, string apiKey)
{
    private readonly HttpClient http = new() { BaseAddress = dashboard, DefaultRequestHeaders = { { "x-api-key", apiKey } } };

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
