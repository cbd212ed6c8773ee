using APPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace APPlatform.Gateway.Tokens;

/// <summary>Signs short-lived access tokens with the gateway's current key, for the issuer and audience services expect.</summary>
public sealed class AccessTokenFactory(
    TokenSigningKeys keys, IOptions<JwtOptions> jwt, IOptions<GatewayOptions> gateway, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public TimeSpan Lifetime => gateway.Value.Tokens.Lifetime;

    public string Create(AccessTokenSubject subject) =>
        handler.CreateToken(subject.Describe(jwt.Value.Issuer, jwt.Value.Audience, clock.GetUtcNow().UtcDateTime, Lifetime, keys.Current));
}
