using System.Reflection;

namespace APPlatform.AppHost;

/// <summary>Where this AppHost was built from (embedded by AppHost.csproj), so it finds the builds it launches.</summary>
public static class BuildInfo
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string Configuration { get; } = Metadata("Configuration");

    private static string Metadata(string key) =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
