namespace APPlatform.AppHost;

/// <summary>A run that cannot work as asked (a port in use, an unreachable data directory): told in one sentence, not a stack trace.</summary>
public sealed class PlatformConfigurationException(string message) : Exception(message)
{
    /// <summary>A server the platform runs from its Debian package, not installed on this machine.</summary>
    public static PlatformConfigurationException NotInstalled(string what) =>
        new($"{what} is not installed (run scripts/install-prerequisites.sh).");
}
