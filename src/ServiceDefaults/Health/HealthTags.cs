namespace APPlatform.ServiceDefaults.Health;

public static class HealthTags
{
    /// <summary>Checks that say only that the process is running (/alive). /health runs every check.</summary>
    public const string Live = "live";

    /// <summary>
    /// Checks that warn an operator of something to put right (Degraded) without saying the service is not ready: a
    /// readiness probe (the AppHost's WaitFor) does not wait for them. /health lists each check's tags.
    /// </summary>
    public const string Advisory = "advisory";
}
