using APPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.TestSupport;

/// <summary>
/// What the tests' access tokens say about their caller, with the claims the identity provider writes
/// (Identity.Service's PlatformPrincipals). <see cref="Caller"/> reads it back.
/// </summary>
public sealed record AccessTokenSubject(
    string ClientId,
    Guid OrganisationId,
    OrganisationType OrganisationType,
    IReadOnlyCollection<string> Scopes,
    Guid? TrustId = null,
    Guid? LocalAuthorityId = null,
    Guid? LetterPlacementId = null)
{
    /// <summary>The token to sign with <paramref name="credentials"/>: valid from <paramref name="now"/> for <paramref name="lifetime"/>.</summary>
    public SecurityTokenDescriptor Describe(
        string issuer, string audience, DateTime now, TimeSpan lifetime, SigningCredentials credentials)
    {
        var claims = new Dictionary<string, object>
        {
            [PlatformClaims.ClientId] = ClientId,
            [JwtRegisteredClaimNames.Sub] = ClientId,
            [PlatformClaims.OrganisationId] = OrganisationId.ToString(),
            [PlatformClaims.OrganisationType] = OrganisationType.ToClaimValue(),
            [PlatformClaims.Scope] = string.Join(' ', Scopes),
        };
        if (TrustId is { } trust)
        {
            claims[PlatformClaims.TrustId] = trust.ToString();
        }

        if (LocalAuthorityId is { } la)
        {
            claims[PlatformClaims.LocalAuthorityId] = la.ToString();
        }

        if (LetterPlacementId is { } letter)
        {
            claims[PlatformClaims.Letter] = letter.ToString();
        }

        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = credentials,
        };
    }
}
