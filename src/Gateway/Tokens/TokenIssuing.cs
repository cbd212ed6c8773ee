using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace APPlatform.Gateway.Tokens;

internal static class TokenIssuing
{
    /// <summary>
    /// The signing keys (read now, so a missing or malformed key stops the gateway at start), the token factory and
    /// the secret-check slots. The gateway verifies the tokens it proxies with its own published keys rather than by
    /// fetching its own discovery document.
    /// </summary>
    public static IHostApplicationBuilder AddTokenIssuing(this IHostApplicationBuilder builder, TokenOptions options)
    {
        var keys = TokenSigningKeys.From(options);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<AccessTokenFactory>();
        builder.Services.AddSingleton<SecretChecks>();
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.TokenValidationParameters.IssuerSigningKeys = keys.Published;
        });
        return builder;
    }
}
