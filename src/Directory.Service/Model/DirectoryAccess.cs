using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// Who may see and change provider records (issue 3, "Who may do what"). A local authority manages the providers it
/// created or lists on its directory, and platform admins manage all; schools, trusts and local authorities read every
/// listed (or suspended) provider; a provider reads its own record whatever its status, and proposes changes to its
/// own details, sites, profile, assurances and documents for review. Nobody else sees a draft.
/// </summary>
public static class DirectoryAccess
{
    public static bool Manages(this Caller caller, Provider provider) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin ||
        (caller.OrganisationType == OrganisationType.LocalAuthority &&
         (provider.CreatedBy == caller.OrganisationId || provider.LocalAuthorityListings.Any(l => l.LocalAuthorityId == caller.OrganisationId)));

    public static bool IsProvider(this Caller caller, Provider provider) =>
        caller.OrganisationType == OrganisationType.Provider && caller.OrganisationId == provider.Id;

    public static bool MaySee(this Caller caller, Provider provider) =>
        caller.Manages(provider) || caller.IsProvider(provider) || (provider.IsVisibleToCommissioners && caller.Commissions());

    /// <summary>Schools, trusts and local authorities commission placements, so they read the directory.</summary>
    public static bool Commissions(this Caller caller) =>
        caller.Is(OrganisationType.School, OrganisationType.Trust, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
}
