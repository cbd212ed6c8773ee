using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>Signs short-lived access tokens with the first configured key (the gateway's token endpoint, tests).</summary>
public sealed class AccessTokenFactory(IOptions<JwtOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler handler = new();

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Create(string clientId, Guid organisationId, OrganisationType organisationType, IEnumerable<string> scopes,
        Guid? trustId = null, Guid? localAuthorityId = null)
    {
        var jwt = options.Value;
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.ClientId] = clientId,
            [JwtRegisteredClaimNames.Sub] = clientId,
            [PlatformClaims.OrganisationId] = organisationId.ToString(),
            [PlatformClaims.OrganisationType] = organisationType.ToClaimValue(),
            [PlatformClaims.Scope] = string.Join(' ', scopes),
        };
        if (trustId is { } trust)
        {
            claims[PlatformClaims.TrustId] = trust.ToString();
        }

        if (localAuthorityId is { } la)
        {
            claims[PlatformClaims.LocalAuthorityId] = la.ToString();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + jwt.TokenLifetime,
            SigningCredentials = new SigningCredentials(SigningKeys.From(jwt).First(), SecurityAlgorithms.HmacSha256),
        });
    }
}
