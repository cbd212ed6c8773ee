using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace APPlatform.Web.Authentication;

/// <summary>
/// Keeps the signed-in person's access token fresh: when the cookie is read and the token expires within
/// <see cref="WebOptions.RefreshBeforeExpiry"/>, the refresh token buys a new one at the identity provider's token
/// endpoint and the cookie is rewritten. When refreshing fails (the refresh token expired or was revoked) the person is
/// signed out, and the next page that needs sign-in sends them to sign in again.
/// </summary>
internal sealed class AccessTokenRefresher(
    IHttpClientFactory httpClients, IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<WebOptions> web, TimeProvider clock,
    ILogger<AccessTokenRefresher> logger)
{
    public const string HttpClientName = "identity-provider";

    public async Task RefreshIfExpiringAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry)
            || expiry - clock.GetUtcNow() > web.Value.RefreshBeforeExpiry)
        {
            return;
        }

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var refreshed = refreshToken is null ? null : await RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.UpdateTokenValue("access_token", refreshed.AccessToken);
        if (refreshed.RefreshToken is { } rotated)
        {
            context.Properties.UpdateTokenValue("refresh_token", rotated);
        }

        context.Properties.UpdateTokenValue("expires_at",
            clock.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }

    private async Task<TokenResponse?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = options.ClientId!,
                ["client_secret"] = options.ClientSecret!,
            }), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogInformation("Refreshing the access token failed with {StatusCode}; the person signs in again", (int)response.StatusCode);
            return null;
        }

        return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
    }

    private sealed record TokenResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
}
