using Microsoft.AspNetCore;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace APPlatform.Identity.Clients;

/// <summary>
/// Before OpenIddict writes a token endpoint's error: a request turned away by <see cref="SecretChecks"/> becomes 503
/// temporarily_unavailable with Retry-After, and every refusal is logged with the client id and the caller's address
/// (<see cref="TokenRefusalLog"/>), never the secret.
/// </summary>
public sealed class TokenResponses(ILogger<TokenResponses> logger) : IOpenIddictServerHandler<ApplyTokenResponseContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<TokenResponses>()
            // Before OpenIddict's own handlers turn the error into a status code and a body.
            .SetOrder(int.MinValue + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    /// <summary>After OpenIddict's own status code (400 for any error it does not know as 401, 403 or 500).</summary>
    public static OpenIddictServerHandlerDescriptor StatusDescriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseInlineHandler(context =>
            {
                if (context.Error == Errors.TemporarilyUnavailable && context.Transaction.GetHttpRequest()?.HttpContext is { } http)
                {
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                }

                return ValueTask.CompletedTask;
            })
            .SetOrder(OpenIddictServerAspNetCoreHandlers.AttachHttpResponseCode<ApplyTokenResponseContext>.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ApplyTokenResponseContext context)
    {
        if (context.Error is null)
        {
            return ValueTask.CompletedTask;
        }

        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http?.Items.ContainsKey(SecretChecks.BusyItem) == true)
        {
            context.Response.Error = Errors.TemporarilyUnavailable;
            context.Response.ErrorDescription = "Too many token requests at once; retry in a second.";
            context.Response.ErrorUri = null;
            http.Response.Headers.RetryAfter = "1";
        }

        logger.Refused(context.Response.Error!, context.Request?.ClientId, http?.Connection.RemoteIpAddress?.ToString());
        return ValueTask.CompletedTask;
    }
}
