namespace APPlatform.AppHost;

/// <summary>A run that cannot work as asked (a port in use, an unreachable data directory): told in one sentence, not a stack trace.</summary>
public sealed class PlatformConfigurationException(string message) : Exception(message);
