using System.Reflection;
using Aspire.Hosting.ApplicationModel;

namespace APPlatform.AppHost;

internal static class PlatformProjects
{
    /// <summary>The build configuration of this AppHost, whose build built every project it runs.</summary>
    private static readonly string Configuration =
        typeof(PlatformProjects).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    /// <summary>
    /// What every project of the platform gets besides its references: its HTTP endpoint, readiness as its /health
    /// report says, the AppHost's environment name (Production unless a local run says Development), and the issuer
    /// (the gateway's public address) and audience of the platform's tokens.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithPlatformDefaults(this IResourceBuilder<ProjectResource> project, string environmentName, string issuer) =>
        project
            .WithBuiltProgram()
            .WithReadinessCheck()
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", environmentName)
            // Aspire collects metrics every second; every 5 s halves what a service spends on telemetry at idle.
            .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000")
            .WithEnvironment("Authentication__Jwt__Issuer", issuer)
            .WithEnvironment("Authentication__Jwt__Audience", "applatform");

    /// <summary>
    /// Runs the program the AppHost's build produced (bin/&lt;configuration&gt;/net10.0/&lt;project&gt;) rather than
    /// `dotnet run`, which evaluates the project with MSBuild at every start: a second of CPU for each process, with
    /// several starting at once on a two-core machine.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithBuiltProgram(this IResourceBuilder<ProjectResource> project)
    {
        var projectPath = project.Resource.GetProjectMetadata().ProjectPath;
        var output = Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", Configuration, "net10.0");
        return project.WithAnnotation(
            new ExecutableAnnotation { Command = Path.Combine(output, Path.GetFileNameWithoutExtension(projectPath)), WorkingDirectory = output },
            ResourceAnnotationMutationBehavior.Replace);
    }
}
