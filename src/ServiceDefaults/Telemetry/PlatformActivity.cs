using System.Diagnostics;

namespace APPlatform.ServiceDefaults.Telemetry;

/// <summary>The activity source for work the platform's own plumbing does (outbox dispatch).</summary>
public static class PlatformActivity
{
    public const string SourceName = "APPlatform";

    public static readonly ActivitySource Source = new(SourceName);
}
