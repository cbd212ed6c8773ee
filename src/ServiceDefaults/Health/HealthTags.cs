namespace APPlatform.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that say only that the process is running (/alive). /health runs every check.</summary>
    public const string Live = "live";
}
