using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace APPlatform.Web.Platform;

/// <summary>
/// What every typed client of a service area shares: JSON as the platform writes it (camelCase, snake_case enum values),
/// and any answer but a success turned into a <see cref="PlatformApiException"/>.
/// </summary>
public abstract class GatewayClient(HttpClient http)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    protected async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>An answer that is not JSON (a CSV export), as text.</summary>
    protected async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken);
        return response.IsSuccessStatusCode
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : throw await ProblemAsync(response, cancellationToken);
    }

    /// <summary>A POST the service may receive twice (a retry, a double click): the key makes it answer the first one again.</summary>
    protected Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken, string? idempotencyKey = null) =>
        SendAsync<T>(HttpMethod.Post, path, body, cancellationToken, idempotencyKey);

    /// <summary>A PUT: the body replaces what the service held.</summary>
    protected Task<T> PutAsync<T>(string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Put, path, body, cancellationToken, null);

    /// <summary>A DELETE whose answer is the record as it now is.</summary>
    protected Task<T> DeleteAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Delete, path, null, cancellationToken, null);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType(), options: Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    /// <summary>A POST with no body whose answer has none either (204).</summary>
    protected async Task PostAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(path, content: null, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemAsync(response, cancellationToken);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw await ProblemAsync(response, cancellationToken);
        }

        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private static async Task<PlatformApiException> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        Problem? problem = null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json")
        {
            try
            {
                problem = await response.Content.ReadFromJsonAsync<Problem>(Json, cancellationToken);
            }
            catch (JsonException)
            {
                // Not a problem document after all: the status says enough.
            }
        }

        return new PlatformApiException(response.StatusCode, problem?.Detail, problem?.Errors ?? new Dictionary<string, string[]>());
    }

    private sealed record Problem(string? Title, string? Detail, int? Status, Dictionary<string, string[]>? Errors);
}

/// <summary>Where a list answer's items are: {"items": [...], "total": n}.</summary>
public sealed record Page<T>(List<T> Items, int Total);

internal static class HttpStatusCodes
{
    public static bool IsFieldProblem(this HttpStatusCode status) => status is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity;
}
