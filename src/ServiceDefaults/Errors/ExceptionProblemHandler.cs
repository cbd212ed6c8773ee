using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace APPlatform.ServiceDefaults.Errors;

/// <summary>
/// Turns exceptions that escape an endpoint into RFC 9457 problem responses: malformed or oversized requests get a
/// 4xx saying what was wrong, a rule the model enforces the status for its kind (<see cref="DomainException"/>), a lost race on the same record 409 (with Retry-After when retrying will do), an unavailable dependency 503 with Retry-After,
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
            StateConflictException conflict => (StatusCodes.Status409Conflict, conflict.Message),
            NotPermittedException notPermitted => (StatusCodes.Status403Forbidden, notPermitted.Message),
            RuleViolationException violation => (StatusCodes.Status422UnprocessableEntity, violation.Message),
            NoLongerKeptException gone => (StatusCodes.Status410Gone, gone.Message),
            DependencyUnavailableException unavailable => (StatusCodes.Status503ServiceUnavailable, unavailable.Message),
            DbUpdateConcurrencyException =>
                (StatusCodes.Status409Conflict, "The record was changed by someone else while this request was made. Read it again and retry."),
            // Two writers adding the same thing at once (a register's mark and the cut-off's "missing" mark for the same
            // session): the later one lost the race, and sees the winner's when it retries.
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                (StatusCodes.Status409Conflict, "Another change to the same record was saved at the same moment. Nothing was changed; retry."),
            _ when TransientFailure.IsTransient(exception) =>
                (StatusCodes.Status503ServiceUnavailable, "A storage or messaging dependency is unavailable. Nothing was changed; retry shortly."),
            _ => (StatusCodes.Status500InternalServerError, null),
        };

        if (status == StatusCodes.Status503ServiceUnavailable || (status == StatusCodes.Status409Conflict && exception is DbUpdateException))
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
