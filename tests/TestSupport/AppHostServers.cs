using APPlatform.AppHost;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace APPlatform.TestSupport;

/// <summary>
/// Servers from the AppHost's own model (its servers-only mode, run by Aspire.Hosting.Testing), in a temporary
/// directory of their own, on free ports, without fsync: what ./test.sh starts once for a whole run, started here for
/// a test assembly run alone, or for a test that stops and starts a server of its own.
/// </summary>
public sealed class AppHostServers : IAsyncDisposable
{
    private readonly DistributedApplication app;
    private readonly string directory;

    private AppHostServers(DistributedApplication app, string directory)
    {
        this.app = app;
        this.directory = directory;
    }

    /// <summary>Starts <paramref name="servers"/> (names from <see cref="ResourceNames.Servers"/>; all when none are named) and returns once they are healthy.</summary>
    /// <param name="settings">More AppHost settings, e.g. a fixed port: "--Platform:Ports:MailSmtp=2525".</param>
    public static async Task<AppHostServers> StartAsync(IReadOnlyList<string>? servers = null, params string[] settings)
    {
        servers ??= ResourceNames.Servers;
        var directory = Path.Combine(Path.GetTempPath(), $"applatform-servers-{Guid.NewGuid():N}");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.AppHost>(
        [
            "--Platform:ServersOnly=true", "--Platform:FreePorts=true", "--Platform:Durable=false", $"--Platform:DataDirectory={directory}",
            // Local servers even where ./test.sh has named its own in the environment.
            .. ResourceNames.Servers.Select(server => $"--ConnectionStrings:{server}="),
            .. settings,
        ]);

        // What the servers-only model holds beyond the servers asked for: the others, and the mail sink's project.
        foreach (var unwanted in builder.Resources.Where(resource => !Wanted(resource, servers)).ToList())
        {
            builder.Resources.Remove(unwanted);
        }

        var app = await builder.BuildAsync();
        await app.StartAsync();
        await Task.WhenAll(servers.Select(server => app.ResourceNotifications.WaitForResourceHealthyAsync(server)));
        return new AppHostServers(app, directory);
    }

    public async Task<string> ConnectionStringAsync(string server) =>
        await app.GetConnectionStringAsync(server) ?? throw new InvalidOperationException($"{server} has no connection string.");

    /// <summary>Stops a server (the data stays), as an outage would, and returns once it has stopped.</summary>
    public async Task StopAsync(string server)
    {
        await app.ResourceCommands.ExecuteCommandAsync(Process(server), KnownResourceCommands.StopCommand);
        await app.ResourceNotifications.WaitForResourceAsync(Process(server), KnownResourceStates.TerminalStates);
    }

    /// <summary>Starts a stopped server again, on the same port with the same data, and returns once it is healthy.</summary>
    public async Task StartAsync(string server)
    {
        await app.ResourceCommands.ExecuteCommandAsync(Process(server), KnownResourceCommands.StartCommand);
        await app.ResourceNotifications.WaitForResourceHealthyAsync(Process(server));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The resource that runs a server: the mail connection string is served by the mail sink's project, the broker's management API by the broker.</summary>
    private static string Process(string server) => server switch
    {
        ResourceNames.Mail => ResourceNames.MailSink,
        ResourceNames.BrokerAdmin => ResourceNames.Messaging,
        _ => server,
    };

    /// <summary>A server asked for, or what serves it (the mail sink's project behind the mail connection string).</summary>
    private static bool Wanted(IResource resource, IReadOnlyList<string> servers) =>
        servers.Contains(resource.Name) || servers.Select(Process).Contains(resource.Name) || resource is ParameterResource;
}
