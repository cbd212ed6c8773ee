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

    /// <summary>
    /// Every string in the spans and structured logs the dashboard holds for every resource (names, attribute values,
    /// log bodies), each with where it was found: what an operator with the telemetry could read.
    /// </summary>
    public async Task<IReadOnlyList<(string Where, string Text)>> ExportedStringsAsync(int limit = 10000)
    {
        var resources = (await http.GetFromJsonAsync<JsonElement>("/api/telemetry/resources")).EnumerateArray()
            .Select(known => known.GetProperty("displayName").GetString()!).ToList();
        var found = new List<(string, string)>();
        foreach (var signal in new[] { "spans", "logs" })
        {
            foreach (var resource in resources)
            {
                var response = await http.GetAsync($"/api/telemetry/{signal}?resource={Uri.EscapeDataString(resource)}&limit={limit}");
                // A failed read must fail the caller, not pass for telemetry without leaks.
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"The dashboard answered {response.StatusCode} for {signal} of {resource}: {body}");
                Strings(JsonDocument.Parse(body).RootElement, $"{signal} of {resource}", found);
            }
        }

        return found;
    }

    /// <summary>Walks OTLP JSON; a span adds its name to where, a scope (a logger's category) its name, an attribute its key.</summary>
    private static void Strings(JsonElement element, string where, List<(string, string)> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                found.Add((where, element.GetString()!));
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, where, found);
                }

                break;
            case JsonValueKind.Object:
                var here = where;
                if (element.TryGetProperty("spanId", out _) && element.TryGetProperty("name", out var spanName))
                {
                    here += $", span '{spanName}'";
                }
                else if (element.TryGetProperty("scope", out var scope) && scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("name", out var scopeName))
                {
                    here += $", scope '{scopeName}'";
                }
                else if (element.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String)
                {
                    here += $", attribute {key}";
                }

                foreach (var property in element.EnumerateObject())
                {
                    Strings(property.Value, here, found);
                }

                break;
        }
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
