namespace APPlatform.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that must pass before the service takes traffic (/health): its database, broker and cache.</summary>
    public const string Ready = "ready";

    /// <summary>Checks that say only that the process is running (/alive).</summary>
    public const string Live = "live";
}
