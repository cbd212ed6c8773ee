using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Authentication;

internal static class SigningKeys
{
    public static IReadOnlyList<SecurityKey> From(JwtOptions options)
    {
        if (options.SigningKeys.Count == 0)
        {
            throw new InvalidOperationException(
                $"Set {JwtOptions.SectionName}:SigningKeys (base64 HMAC keys) or {JwtOptions.SectionName}:Authority (an OpenID Connect issuer).");
        }

        return options.SigningKeys.Select(key => (SecurityKey)new SymmetricSecurityKey(Convert.FromBase64String(key))).ToList();
    }
}
