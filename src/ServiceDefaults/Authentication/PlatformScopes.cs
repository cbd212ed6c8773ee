namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// The scope a token needs for each service's API. The gateway checks it on its routes and the service checks it
/// again, so a request that reaches a service directly gets the same answer.
/// </summary>
public static class PlatformScopes
{
    public const string Directory = "directory";
    public const string Referrals = "referrals";
    public const string Attendance = "attendance";
    public const string Notifications = "notifications";

    /// <summary>
    /// One placement's parents' letter and its recipients, and nothing else: what a service acting for a school is
    /// granted (decision 0007). Its token names the placement in <see cref="PlatformClaims.Letter"/>.
    /// </summary>
    public const string ParentLetters = "parent-letters";
}
