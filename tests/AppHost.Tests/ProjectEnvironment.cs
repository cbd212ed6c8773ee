using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.AppHost.Tests;

/// <summary>(Also compiled into Deploy.Tests, which compares the model with the Kubernetes manifests.)</summary>
public static class ProjectEnvironment
{
    /// <summary>
    /// A project's environment as a deployment manifest would write it: references to other resources stay named
    /// ({directorydb.connectionString}), since nothing has been started to give them values.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(ProjectResource project)
    {
        var services = new ServiceCollection().AddSingleton(new ResourceLoggerService()).BuildServiceProvider();
        var publishing = new DistributedApplicationExecutionContextOptions(DistributedApplicationOperation.Publish) { Services = services };
        var configuration = await ExecutionConfigurationBuilder.Create(project).WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(publishing));
        return configuration.EnvironmentVariables.ToDictionary();
    }
}
