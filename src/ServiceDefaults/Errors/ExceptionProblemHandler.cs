using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// Turns exceptions that escape an endpoint into RFC 9457 problem responses: malformed or oversized requests get a
/// 4xx saying what was wrong, a lost race on the same record 409, an unavailable dependency 503 with Retry-After,
/// anything else 500 (a bug to fix).
/// </summary>
internal sealed class ExceptionProblemHandler : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException badRequest => (badRequest.StatusCode, Describe(badRequest)),
            BusinessRuleException rule => (rule.StatusCode, rule.Message),
            DbUpdateConcurrencyException =>
                (StatusCodes.Status409Conflict, "The record was changed by someone else while this request was made. Read it again and retry."),
            _ when TransientFailure.IsTransient(exception) =>
                (StatusCodes.Status503ServiceUnavailable, "A storage or messaging dependency is unavailable. Nothing was changed; retry shortly."),
            _ => (StatusCodes.Status500InternalServerError, null),
        };

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        await httpContext.WriteProblemAsync(status, detail, exception);
        return true;
    }

    // The framework's message names the parameter; the JSON reader's inner message says where the body is wrong.
    private static string Describe(BadHttpRequestException exception) =>
        exception.InnerException is { Message: var inner } ? $"{exception.Message} {inner}" : exception.Message;
}
