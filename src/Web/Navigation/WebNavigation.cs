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
                if (person.HasAny(PersonRoles.ApLead, PersonRoles.AttendanceLead))
                {
                    links.Add(new("Placements", "/placements"));
                    links.Add(new("Referrals", "/referrals"));
                    links.Add(new("Directory", "/providers"));
                }
                else if (person.HasAny(PersonRoles.Headteacher))
                {
                    links.Add(new("Referrals", "/referrals"));
                }

                break;
            case OrganisationType.Trust:
                links.Add(new("Referrals", "/referrals"));
                if (person.HasAny(PersonRoles.ApLead, PersonRoles.Executive))
                {
                    links.Add(new("Reports", "/reports"));
                }

                break;
            case OrganisationType.LocalAuthority:
                if (person.HasAny(PersonRoles.ApTeam, PersonRoles.SendCaseworker))
                {
                    links.Add(new("Referrals", "/referrals"));
                }

                links.Add(new("Providers", "/providers"));
                links.Add(new("Escalated absences", "/absences"));
                links.Add(new("Placements", "/placements"));
                links.Add(new("Threshold watch", "/threshold-watch"));
                links.Add(new("Day six", "/day-six"));
                break;
        }

        links.Add(new("Inbox", "/inbox"));
        // Every organisation the platform tells keeps notification settings: all but the platform's own.
        if (caller.OrganisationType != OrganisationType.PlatformAdmin)
        {
            links.Add(new("Settings", "/settings/notifications"));
        }

        if (person.HasAny(PersonRoles.Administrator))
        {
            links.Add(new("People", "/people"));
        }

        return links;
    }
}
