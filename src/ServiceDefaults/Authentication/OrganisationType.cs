using System.Text.Json;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>The kind of organisation a caller acts for; it decides which records the caller may see or change.</summary>
public enum OrganisationType
{
    School,
    Trust,
    LocalAuthority,
    Provider,
    PlatformAdmin,
}

public static class OrganisationTypeNames
{
    /// <summary>The value in the token's org_type claim: school, trust, local_authority, provider, platform_admin.</summary>
    public static string ToClaimValue(this OrganisationType type) => JsonNamingPolicy.SnakeCaseLower.ConvertName(type.ToString());

    public static bool TryParseClaimValue(string? value, out OrganisationType type)
    {
        foreach (var candidate in Enum.GetValues<OrganisationType>())
        {
            if (candidate.ToClaimValue() == value)
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
