using System.Net;
using System.Text.Json;

namespace APPlatform.TestSupport;

/// <summary>An RFC 9457 problem as a client reads it.</summary>
public sealed class Problem
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public int? Status { get; init; }

    public string Detail { get; init; } = "";

    public string? CorrelationId { get; init; }

    /// <summary>Validation errors by JSON field path.</summary>
    public Dictionary<string, string[]> Errors { get; init; } = [];

    /// <summary>Set by the token endpoint (RFC 6749 §5.2).</summary>
    public string? Error { get; init; }
}

public static class ProblemAssert
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web);

    /// <summary>Asserts the status and that the body is a complete problem document, and returns the problem.</summary>
    public static async Task<Problem> HasStatus(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        var missing = await MissingAsync(response);
        Assert.True(missing.Count == 0, $"The {(int)status} problem lacks {string.Join(", ", missing)}: {body}");
        return JsonSerializer.Deserialize<Problem>(body, json)!;
    }

    /// <summary>
    /// What an error answer lacks of the platform's problem (docs/architecture.md): the problem media type, and
    /// type, title, status, detail and correlationId, and errors by field for a validation problem. Empty when complete.
    /// </summary>
    public static async Task<List<string>> MissingAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return [$"the problem media type (it was {response.Content.Headers.ContentType?.MediaType ?? "none"})"];
        }

        Problem problem;
        try
        {
            problem = JsonSerializer.Deserialize<Problem>(await response.Content.ReadAsStringAsync(), json)!;
        }
        catch (JsonException)
        {
            return ["a JSON body"];
        }

        var missing = new List<string>();
        foreach (var (name, value) in new[] { ("type", problem.Type), ("title", problem.Title), ("detail", problem.Detail), ("correlationId", problem.CorrelationId) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                missing.Add(name);
            }
        }

        if (problem.Status != (int)response.StatusCode)
        {
            missing.Add($"status {(int)response.StatusCode}");
        }

        if (problem.Title == "One or more validation errors occurred." && problem.Errors.Count == 0)
        {
            missing.Add("errors");
        }

        return missing;
    }
}
