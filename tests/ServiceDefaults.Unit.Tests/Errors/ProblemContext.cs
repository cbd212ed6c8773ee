using System.Text.Json;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Unit.Tests.Errors;

/// <summary>
/// A request's context with the platform's problem responses registered as every service has them, its response kept
/// in memory: what a client would read back.
/// </summary>
public sealed class ProblemContext
{
    public ProblemContext(string method = "GET")
    {
        Http = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().AddProblemResponses().BuildServiceProvider(),
            Response = { Body = new MemoryStream() },
        };
        Http.Request.Method = method;
    }

    public DefaultHttpContext Http { get; }

    public int Status => Http.Response.StatusCode;

    public string? RetryAfter => Http.Response.Headers.RetryAfter.FirstOrDefault();

    /// <summary>The problem written, as the client reads it.</summary>
    public JsonElement Problem()
    {
        Assert.Equal("application/problem+json", Http.Response.ContentType);
        Http.Response.Body.Position = 0;
        return JsonDocument.Parse(Http.Response.Body).RootElement.Clone();
    }

    /// <summary>Writes a problem as the framework does for a status it answers itself (no detail, no type).</summary>
    public Task WriteAsync(Microsoft.AspNetCore.Mvc.ProblemDetails problem)
    {
        Http.Response.StatusCode = problem.Status ?? 500;
        return Http.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = Http, ProblemDetails = problem }).AsTask();
    }
}
