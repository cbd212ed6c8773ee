using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace APPlatform.AppHost.Servers;

/// <summary>A private RabbitMQ node from the installed Debian package, run by DCP as an executable.</summary>
public sealed class LocalRabbitMQResource(string name, string command, string workingDirectory, int port, int managementPort)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    // guest may connect only from loopback, which is where the node listens.
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"amqp://guest:guest@127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The management HTTP API, where Notification.Service makes broker subscribers' virtual hosts and users.</summary>
    public ReferenceExpression ManagementExpression =>
        ReferenceExpression.Create($"http://guest:guest@127.0.0.1:{managementPort.ToString(CultureInfo.InvariantCulture)}");
}

public static class LocalRabbitMQ
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    // Erlang's port mapper (epmd) normally daemonises out of the node's process tree, where no stop reaches it. Here it
    // runs as the node's sibling on a port of the node's own, under a shell that stops both: DCP's SIGTERM reaches
    // the rabbitmq-server script, which shuts the node down cleanly; epmd goes once the node has. If DCP kills the
    // shell first (a node slow to stop), a watchdog that outlives it by at most a second stops epmd instead.
    private const string WithOwnEpmd = """
        epmd -port "$ERL_EPMD_PORT" -address 127.0.0.1 & epmd=$!
        shell=$$; (while kill -0 $shell 2>/dev/null; do sleep 1; done; kill $epmd 2>/dev/null) &
        until epmd -port "$ERL_EPMD_PORT" -names >/dev/null 2>&1; do sleep 0.1; done
        trap 'kill -TERM $node' TERM INT
        "$@" & node=$!
        wait $node; wait $node; status=$?
        kill $epmd
        exit $status
        """;

    /// <param name="management">
    /// The management API, which broker subscriptions need. Without it for a test's broker that the test stops and
    /// starts: with it, this RabbitMQ (3.10) can hang at the end of its shutdown, in the plugin's stop.
    /// </param>
    public static IResourceBuilder<LocalRabbitMQResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, LocalServerSettings settings, bool management = true)
    {
        if (!File.Exists(ServerScript))
        {
            throw PlatformConfigurationException.NotInstalled("RabbitMQ");
        }

        var directory = settings.DataDirectory;
        var line = ServiceAccount.RabbitMq.CommandLine(["/bin/sh", "-c", WithOwnEpmd, "rabbitmq", ServerScript]);
        // Chosen once, so a restarted node keeps it: the services were given it.
        var managementPort = FreePort.Next();
        var resource = new LocalRabbitMQResource(name, line[0], directory, settings.Port, managementPort);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource, (_, _) =>
        {
            Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
            Directory.CreateDirectory(Path.Combine(directory, "log"));
            // The management API is how broker subscribers' virtual hosts and users are made (AMQP cannot).
            File.WriteAllText(Path.Combine(directory, "enabled_plugins"), management ? "[rabbitmq_management]." : "[].");
            File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"), management
                ? $"management.tcp.ip = 127.0.0.1\nmanagement.tcp.port = {managementPort.ToString(CultureInfo.InvariantCulture)}\n"
                : "");
            ServiceAccount.RabbitMq.Own(directory);
            return Task.CompletedTask;
        });

        return builder.AddResource(resource)
            .WithArgs(line[1..])
            .WithEnvironment("RABBITMQ_NODENAME", NodeName(directory))
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", settings.Port.ToString(CultureInfo.InvariantCulture))
            // Ports of this node's own, chosen afresh at each start, so it never meets the system's node or another run's.
            .WithEnvironment("RABBITMQ_DIST_PORT", FreePort.Next().ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("ERL_EPMD_PORT", FreePort.Next().ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-start_epmd false")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", Path.Combine(directory, "mnesia"))
            .WithEnvironment("RABBITMQ_LOG_BASE", Path.Combine(directory, "log"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(directory, "enabled_plugins"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(directory, "rabbitmq.conf"))
            // Its own HOME holds its own Erlang cookie.
            .WithEnvironment("HOME", directory)
            .WithEndpoint(port: settings.Port, targetPort: settings.Port, scheme: "amqp", name: "amqp", isProxied: false)
            .WithEndpoint(port: managementPort, targetPort: managementPort, scheme: "http", name: "management", isProxied: false)
            .WithIconName("Mail")
            .WithReadinessCheck(cancellationToken => AcceptsConnectionsAsync(resource, cancellationToken));
    }

    /// <summary>Stable for a data directory: RabbitMQ keeps its data under the node's name.</summary>
    private static string NodeName(string directory) => $"applatform-{DataDirectory.Fingerprint(directory)}@localhost";

    private static async Task<HealthCheckResult> AcceptsConnectionsAsync(LocalRabbitMQResource server, CancellationToken cancellationToken)
    {
        try
        {
            var uri = new Uri((await server.ConnectionStringExpression.GetValueAsync(cancellationToken))!);
            var factory = new ConnectionFactory { Uri = uri, RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (BrokerUnreachableException exception)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
