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
}
