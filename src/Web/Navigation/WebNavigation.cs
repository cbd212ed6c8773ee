using System.Security.Claims;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Design.Navigation;

namespace APPlatform.Web.Navigation;

/// <summary>The service navigation's links: the work a person's organisation type and roles give them.</summary>
internal sealed class WebNavigation : IServiceNavigation
{
    public const string SignOutPath = "/sign-out";

    string IServiceNavigation.SignOutPath => SignOutPath;

    public IReadOnlyList<NavigationItem> For(ClaimsPrincipal user)
    {
        if (Caller.FromPrincipal(user) is not { Person: { } person } caller)
        {
            return [];
        }

        List<NavigationItem> links = [new("Home", "/home")];
        switch (caller.OrganisationType)
        {
            case OrganisationType.Provider:
                links.Add(new("Registers", "/register"));
                links.Add(new("Placements", "/placements"));
                break;
            case OrganisationType.School:
                links.Add(new("Absences", "/absences"));
                var followsPlacements = person.HasAny(PersonRoles.ApLead, PersonRoles.AttendanceLead);
                if (followsPlacements)
                {
                    links.Add(new("Placements", "/placements"));
                }

                if (followsPlacements || person.HasAny(PersonRoles.Headteacher))
                {
                    links.Add(new("Referrals", "/referrals"));
                }

                if (followsPlacements)
                {
                    links.Add(new("Directory", "/providers"));
                }

                break;
            case OrganisationType.Trust:
                links.Add(new("Referrals", "/referrals"));
                break;
            case OrganisationType.LocalAuthority:
                links.Add(new("Providers", "/providers"));
                links.Add(new("Escalated absences", "/absences"));
                break;
        }

        links.Add(new("Inbox", "/inbox"));
        return links;
    }
}
