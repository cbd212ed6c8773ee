using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Errors;

public static class ProblemResponses
{
    /// <summary>Writes an RFC 9457 problem with the status's standard title and a detail that says what was wrong.</summary>
    public static ValueTask WriteProblemAsync(this HttpContext context, int status, string? detail, Exception? exception = null)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        });
    }
}
