using System.Security.Claims;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Web.Authentication;

/// <summary>Who is signed in, as their token describes them: their organisation, its type, and their roles.</summary>
public sealed record SignedInPerson(string Name, Guid OrganisationId, OrganisationType? OrganisationType, IReadOnlySet<string> Roles)
{
    public static SignedInPerson? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        Guid.TryParse(user.FindFirstValue(PlatformClaims.OrganisationId), out var organisationId);
        OrganisationType? type = OrganisationTypeNames.TryParseClaimValue(user.FindFirstValue(PlatformClaims.OrganisationType), out var parsed)
            ? parsed
            : null;
        var roles = user.FindAll(PlatformClaims.Role).Select(claim => claim.Value).ToHashSet();
        return new SignedInPerson(user.FindFirstValue(PlatformClaims.Name) ?? "", organisationId, type, roles);
    }

    public bool Holds(params string[] roles) => roles.Any(Roles.Contains);
}
