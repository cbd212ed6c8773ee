namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>How access tokens are validated (every service) and issued (the gateway, in development).</summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>
    /// Base64 HMAC-SHA256 keys. The first signs new tokens; all verify, so a key can be rotated without cutting off
    /// tokens already issued.
    /// </summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>An external OpenID Connect issuer to trust instead of the keys above (production).</summary>
    public string? Authority { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
