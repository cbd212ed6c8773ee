using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace APPlatform.Identity.Tokens;

/// <summary>
/// The service is reached through the gateway, whose public address is the issuer: every request is taken as made
/// there, so the discovery document names the gateway's endpoints (not this process's inside address) whichever way the
/// request came in, and no forwarded header needs trusting.
/// </summary>
public sealed class PublicAddress(IOptionsMonitor<OpenIddictServerOptions> options) : IOpenIddictServerHandler<ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessRequestContext>()
            .UseSingletonHandler<PublicAddress>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ProcessRequestContext context)
    {
        if (options.CurrentValue.Issuer is { } issuer && context.BaseUri is { } inside && context.RequestUri is { } request && inside.IsBaseOf(request))
        {
            context.RequestUri = new Uri(issuer, inside.MakeRelativeUri(request));
            context.BaseUri = issuer;
        }

        return ValueTask.CompletedTask;
    }
}
