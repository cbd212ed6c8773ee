using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Http;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace APPlatform.Gateway.Proxy;

internal static class RequestBodyLimit
{
    /// <summary>
    /// Refuses a body over RequestLimits:MaxBodyBytes (the limit every service applies too) with 413 before proxying when its length is declared, and
    /// turns Kestrel's mid-stream refusal of an undeclared (chunked) one into the same 413 instead of YARP's 502.
    /// </summary>
    public static IReverseProxyApplicationBuilder UseRequestBodyLimit(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value.MaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await WriteTooLarge(context, limit);
                return;
            }

            await next();

            if (context.Features.Get<IForwarderErrorFeature>()?.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
                && !context.Response.HasStarted)
            {
                await WriteTooLarge(context, limit);
            }
        });
        return proxy;
    }

    private static ValueTask WriteTooLarge(HttpContext context, long limit)
    {
        context.Response.Clear();
        return context.WriteProblemAsync(
            StatusCodes.Status413PayloadTooLarge, $"The request body is larger than the {limit} bytes this gateway accepts.");
    }
}
