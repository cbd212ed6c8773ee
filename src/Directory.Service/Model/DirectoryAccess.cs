using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// Who may see and change provider records. Each record has one keeper: the local authority that owns it (it created
/// it, or was handed it) changes it for everyone, and platform admins change any. Another local authority lists it on
/// its own directory, reads it there whatever its status, and raises concerns; it never changes it. Schools, trusts
/// and local authorities read every listed (or suspended) provider; a provider reads its own record whatever its
/// status, and proposes changes to its own details, sites, profile, assurances and documents for review.
/// </summary>
public static class DirectoryAccess
{
    public static bool Manages(this Caller caller, Provider provider) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin ||
        (caller.OrganisationType == OrganisationType.LocalAuthority && provider.OwnerId == caller.OrganisationId);

    /// <summary>The caller is a local authority whose directory lists this provider.</summary>
    public static bool Lists(this Caller caller, Provider provider) =>
        caller.OrganisationType == OrganisationType.LocalAuthority &&
        provider.LocalAuthorityListings.Any(l => l.LocalAuthorityId == caller.OrganisationId);

    public static bool IsProvider(this Caller caller, Provider provider) =>
        caller.OrganisationType == OrganisationType.Provider && caller.OrganisationId == provider.Id;

    public static bool MaySee(this Caller caller, Provider provider) =>
        caller.Manages(provider) || caller.IsProvider(provider) || caller.Lists(provider) ||
        (provider.IsVisibleToCommissioners && caller.Commissions());

    /// <summary>Schools, trusts and local authorities commission placements, so they read the directory.</summary>
    public static bool Commissions(this Caller caller) =>
        caller.Is(OrganisationType.School, OrganisationType.Trust, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
}
