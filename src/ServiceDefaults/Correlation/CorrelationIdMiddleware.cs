using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Correlation;

/// <summary>Takes the request's correlation id (or makes one), echoes it, and scopes every log line to it.</summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var id = CorrelationId.SentOrNew(context.Request.Headers[CorrelationId.HeaderName].ToString());

        // Downstream hops (the gateway's proxy, HttpClient) forward the header they find on the request. The response
        // header is set as it starts, replacing the copy a proxied service's response brings back.
        context.Request.Headers[CorrelationId.HeaderName] = id;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationId.HeaderName] = id;
            return Task.CompletedTask;
        });
        CorrelationId.Current = id;

        using (logger.BeginLogScope(id))
        {
            await next(context);
        }
    }
}
