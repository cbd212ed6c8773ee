namespace APPlatform.Web.Authentication;

/// <summary>What the application asks the identity provider for when a person signs in.</summary>
internal static class PlatformScopesRequested
{
    public static readonly string[] All =
        ["openid", "profile", "offline_access", "directory", "referrals", "attendance", "notifications"];
}
