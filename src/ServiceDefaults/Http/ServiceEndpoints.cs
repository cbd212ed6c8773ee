using Microsoft.Extensions.Configuration;

namespace APPlatform.ServiceDefaults.Http;

/// <summary>
/// Service discovery in Aspire's format: the AppHost (or the deployment) sets services:&lt;name&gt;:http:&lt;i&gt; to
/// each replica's address. Microsoft.Extensions.ServiceDiscovery is absent from the package copy; this reads the same keys.
/// </summary>
public static class ServiceEndpoints
{
    public const string SectionName = "services";

    /// <summary>Every replica's base address for a service, in replica order; empty if the service is unknown.</summary>
    public static IReadOnlyList<Uri> Resolve(IConfiguration configuration, string serviceName) =>
        configuration.GetSection($"{SectionName}:{serviceName}:http").GetChildren()
            .OrderBy(child => int.TryParse(child.Key, out var index) ? index : int.MaxValue)
            .Select(child => child.Value)
            .OfType<string>()
            .Select(value => new Uri(value))
            .ToList();

    /// <summary>The names of every service the configuration can resolve.</summary>
    public static IReadOnlyList<string> Names(IConfiguration configuration) =>
        configuration.GetSection(SectionName).GetChildren().Select(child => child.Key).ToList();
}
