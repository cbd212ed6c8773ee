using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Identity.Model;

/// <summary>
/// An organisation may require a second factor (TOTP) of the people who see safeguarding detail: at a school the
/// headteacher, the DSL, the SENCO and those it names to read it; at a local authority the SEND caseworkers. Such a
/// person without an authenticator app is sent to set one up before any token is issued to them.
/// </summary>
public static class TwoFactorRule
{
    public static IReadOnlyList<string> SafeguardingRoles(OrganisationType type) => type switch
    {
        OrganisationType.School => [PersonRoles.Headteacher, PersonRoles.DesignatedSafeguardingLead, PersonRoles.Senco],
        OrganisationType.LocalAuthority => [PersonRoles.SendCaseworker],
        _ => [],
    };

    /// <summary>Whether <paramref name="person"/> must set up an authenticator before they get a token.</summary>
    public static bool MustSetUp(PlatformUser person, IEnumerable<string> roles, OrganisationPolicy? policy) =>
        policy?.RequireTwoFactorForSafeguarding == true && !person.TwoFactorEnabled &&
        (person.NamedForSafeguarding || roles.Intersect(SafeguardingRoles(person.OrganisationType)).Any());
}
