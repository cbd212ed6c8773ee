using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;

namespace APPlatform.Web.Platform;

/// <summary>Sends the signed-in person's access token with every call to the gateway: the services decide what they may see.</summary>
internal sealed class AccessTokenHandler(IHttpContextAccessor accessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } context && await context.GetTokenAsync("access_token") is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
