using System.Security.Claims;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace APPlatform.Identity.Connect;

/// <summary>
/// The identities OpenIddict signs into tokens, with the claims services read (<see cref="PlatformClaims"/>,
/// <see cref="Caller"/>, <see cref="Person"/>): a system client's own, a letter token's, or a signed-in person's.
/// Every claim goes to the access token; a person's name, email and roles also to the identity token.
/// </summary>
public static class PlatformPrincipals
{
    /// <summary>A system client acting for its own organisation.</summary>
    public static ClaimsPrincipal ForClient(string clientId, ClientRegistration client, IEnumerable<string> scopes, string audience) =>
        Build(clientId, clientId, client.OrganisationId, client.OrganisationType, client.TrustId, client.LocalAuthorityId, scopes, audience,
            identity => { });

    /// <summary>A client that acts for schools, reading one placement's letter at one school (decision 0007).</summary>
    public static ClaimsPrincipal ForLetter(string clientId, Guid schoolId, Guid placementId, string audience) =>
        Build(clientId, clientId, schoolId, OrganisationType.School, null, null, [PlatformScopes.ParentLetters], audience,
            identity => identity.SetClaim(PlatformClaims.Letter, placementId.ToString()));

    /// <summary>A signed-in person, through the client (the web application) that asked.</summary>
    public static ClaimsPrincipal ForPerson(
        string clientId, PlatformUser person, IEnumerable<string> roles, IEnumerable<string> scopes, string audience) =>
        Build(clientId, person.Id.ToString(), person.OrganisationId, person.OrganisationType, person.TrustId, person.LocalAuthorityId, scopes,
            audience, identity =>
            {
                identity.SetClaim(PlatformClaims.Name, person.DisplayName);
                identity.SetClaim(Claims.Email, person.Email);
                identity.SetClaims(PlatformClaims.Role, [.. roles]);
                if (person.NamedForSafeguarding)
                {
                    identity.SetClaim(PlatformClaims.SafeguardingReader, "true");
                }
            });

    private static ClaimsPrincipal Build(
        string clientId, string subject, Guid organisationId, OrganisationType type, Guid? trustId, Guid? localAuthorityId,
        IEnumerable<string> scopes, string audience, Action<ClaimsIdentity> more)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "APPlatform", nameType: PlatformClaims.Name, roleType: PlatformClaims.Role);
        identity.SetClaim(PlatformClaims.Subject, subject);
        identity.SetClaim(PlatformClaims.ClientId, clientId);
        identity.SetClaim(PlatformClaims.OrganisationId, organisationId.ToString());
        identity.SetClaim(PlatformClaims.OrganisationType, type.ToClaimValue());
        identity.SetClaim(PlatformClaims.TrustId, trustId?.ToString());
        identity.SetClaim(PlatformClaims.LocalAuthorityId, localAuthorityId?.ToString());
        more(identity);
        identity.SetScopes(scopes);
        identity.SetResources(audience);
        identity.SetDestinations(Destinations);
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        PlatformClaims.Name or PlatformClaims.Role => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        Claims.Email => [OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
