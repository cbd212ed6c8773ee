using System.Net;
using System.Text.Json;

namespace APPlatform.TestSupport;

/// <summary>An RFC 9457 problem as a client reads it.</summary>
public sealed class Problem
{
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

    /// <summary>Asserts the status and that the body is a problem document, and returns the problem.</summary>
    public static async Task<Problem> HasStatus(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonSerializer.Deserialize<Problem>(body, json)!;
        Assert.Equal((int)status, problem.Status);
        return problem;
    }
}
