using System.Security.Cryptography;
using System.Text;
using APPlatform.AppHost.Processes;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// A private RabbitMQ node from the installed Debian package, in the foreground as a child process, with its own ports
/// (AMQP, Erlang distribution, epmd), directories and Erlang cookie (HOME), so it never meets the system's node or
/// another AppHost's.
/// </summary>
public sealed class RabbitMqServer(LocalServerOptions options) : LocalServer("messaging", options)
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private readonly int distributionPort = FreePort.Next();
    private readonly int epmdPort = FreePort.Next();

    public override string ConnectionString => $"amqp://guest:guest@127.0.0.1:{Port}";

    protected override string PidFile => Path.Combine(Options.DataDirectory, "rabbitmq.pid");

    /// <summary>The Erlang VM's command line names the node's HOME, its data directory.</summary>
    protected override string ProcessMarker => Options.DataDirectory;

    /// <summary>Stable for a data directory: RabbitMQ keeps its data under the node's name.</summary>
    private string NodeName =>
        $"applatform-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Options.DataDirectory)))[..12]}@localhost";

    private string PluginsFile => Path.Combine(Options.DataDirectory, "enabled_plugins");

    /// <summary>Where the current epmd port is noted, so the epmd of an instance a crashed run left can be found.</summary>
    private string EpmdPortFile => Path.Combine(Options.DataDirectory, "epmd.port");

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ServerScript))
        {
            throw new FileNotFoundException("RabbitMQ is not installed (run scripts/install-prerequisites.sh).", ServerScript);
        }

        Directory.CreateDirectory(Path.Combine(Options.DataDirectory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(Options.DataDirectory, "log"));
        await File.WriteAllTextAsync(PluginsFile, "[].", cancellationToken);
        await File.WriteAllTextAsync(EpmdPortFile, epmdPort.ToString(), cancellationToken);
        await ServiceAccount.RabbitMq.OwnAsync(Options.DataDirectory);
    }

    protected override (string, IEnumerable<string>, IReadOnlyDictionary<string, string>?) Command()
    {
        var (fileName, arguments) = ServiceAccount.RabbitMq.Command(ServerScript, []);
        return (fileName, arguments, new Dictionary<string, string>
        {
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Options.DataDirectory, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(Options.DataDirectory, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = PluginsFile,
            ["RABBITMQ_PID_FILE"] = PidFile,
            ["HOME"] = Options.DataDirectory,
        });
    }

    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return true;
        }
        catch (BrokerUnreachableException)
        {
            return false;
        }
    }

    /// <summary>
    /// The Erlang port mapper daemonises into a session of its own, out of the node's reach: it is stopped by its port.
    /// It refuses while it still lists the node, which on a busy machine may outlive the node by a moment, so ask again.
    /// </summary>
    protected override async Task AfterStopAsync()
    {
        if (File.Exists(EpmdPortFile))
        {
            var port = (await File.ReadAllTextAsync(EpmdPortFile)).Trim();
            for (var attempt = 0; attempt < 20; attempt++)
            {
                await ShortCommand.RunAsync("epmd", ["-port", port, "-kill"], checkExitCode: false);
                if (!FreePort.IsInUse(int.Parse(port)))
                {
                    break;
                }

                await Task.Delay(250);
            }

            File.Delete(EpmdPortFile);
        }
    }
}
