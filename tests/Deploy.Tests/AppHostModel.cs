using APPlatform.AppHost;
using APPlatform.AppHost.Tests;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// The projects Program.cs declares and the environment variables it gives each, read from the model as
/// Aspire.Hosting.Testing builds it: nothing is started (no server, no project), only the builder runs.
/// </summary>
public static class AppHostModel
{
    /// <summary>Runs locally only: the mail sink stands in for a real relay, which the cluster names by ConnectionStrings__mail.</summary>
    public static readonly IReadOnlySet<string> LocalOnlyProjects = new HashSet<string> { ResourceNames.MailSink };

    /// <summary>Each project's name and the names (not values) of the environment variables the AppHost gives it.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ProjectEnvironmentsAsync()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"applatform-deploy-model-{Guid.NewGuid():N}");
        try
        {
            await using var model = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
                [
                    "--Platform:FreePorts=true", $"--Platform:DataDirectory={dataDirectory}",
                    // The local servers' model whatever the environment names, as the manifests describe the platform's own.
                    .. ResourceNames.Servers.Select(server => $"--ConnectionStrings:{server}="),
                ],
                TestContext.Current.CancellationToken);
            var environments = new Dictionary<string, IReadOnlySet<string>>();
            foreach (var project in model.Resources.OfType<ProjectResource>().Where(project => !LocalOnlyProjects.Contains(project.Name)))
            {
                environments[project.Name] = (await ProjectEnvironment.ReadAsync(project)).Keys.ToHashSet();
            }

            return environments;
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
