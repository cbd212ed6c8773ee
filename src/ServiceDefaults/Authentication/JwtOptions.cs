namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// How every service validates access tokens: the issuer it trusts, and that issuer's public keys, found through its
/// discovery document (<see cref="Authority"/>) or given here (<see cref="PublicKeys"/>). Services never hold a key
/// that signs: only the issuer does (the gateway, or an OpenID Connect provider).
/// </summary>
public sealed class JwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>
    /// The issuer's base address: its /.well-known/openid-configuration names the JWKS whose keys verify tokens, so
    /// the issuer can rotate keys without any service being told.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>
    /// PEM public keys (EC P-256) of the issuer, used when no authority is set: a key being rotated out stays in the
    /// list until the tokens it signed have expired.
    /// </summary>
    public List<string> PublicKeys { get; set; } = [];
}
