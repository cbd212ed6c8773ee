using System.Diagnostics;
using APPlatform.AppHost.Servers;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace APPlatform.AppHost;

/// <summary>
/// How to run the platform, from the "Platform" configuration section: ./run.sh turns its options into these
/// (--Platform:Replicas:attendance=3), and tests set them as arguments of the AppHost.
/// </summary>
public sealed class PlatformOptions
{
    public const string SectionName = "Platform";

    /// <summary>Where the servers keep their data between runs; by default .apphost/data in the checkout (see DataDirectory).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Wipe the servers' data (and the token signing key) before starting: a fresh, empty platform.</summary>
    public bool Reset { get; set; }

    /// <summary>Start only PostgreSQL, RabbitMQ, Redis and the mail sink (./test.sh runs every test against one set).</summary>
    public bool ServersOnly { get; set; }

    /// <summary>Once the servers are healthy, write their ConnectionStrings__* here for a shell to source (./test.sh).</summary>
    public string? EnvFile { get; set; }

    /// <summary>False trades crash-safety for speed (no fsync, no Redis persistence): for throwaway test servers.</summary>
    public bool Durable { get; set; } = true;

    /// <summary>Where PostgreSQL, RabbitMQ and Redis come from when no connection string names an existing server.</summary>
    public ServerSource ServerSource { get; set; } = ServerSource.Local;

    /// <summary>Put every server, the mail sink and the gateway on free ports instead of the fixed ones (tests).</summary>
    public bool FreePorts { get; set; }

    public PlatformPorts Ports { get; set; } = new();

    /// <summary>Replica counts by project name, e.g. attendance=3.</summary>
    public Dictionary<string, int> Replicas { get; set; } = [];

    /// <summary>The dashboard; off for ./test.sh's servers, which no one watches.</summary>
    public bool Dashboard { get; set; } = true;

    /// <summary>The local broker's management API (broker subscriptions need it); off for a test's private broker.</summary>
    public bool BrokerManagement { get; set; } = true;

    /// <summary>
    /// When the AppHost was launched (Unix milliseconds), which its start-up time counts from. ./run.sh sets it: its own
    /// process becomes the AppHost's, so that process began before the install and the build. By default the process's start.
    /// </summary>
    public long? LaunchedAt { get; set; }

    public DateTime LaunchTime => LaunchedAt is { } launched
        ? DateTimeOffset.FromUnixTimeMilliseconds(launched).LocalDateTime
        : Process.GetCurrentProcess().StartTime;

    /// <summary>
    /// The options from the environment and the command line, read before the AppHost's builder exists because they
    /// decide how it is made (with or without the dashboard).
    /// </summary>
    public static PlatformOptions Read(string[] args) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build().GetSection(SectionName).Get<PlatformOptions>()
        ?? new PlatformOptions();

    /// <summary>The servers' data directory, wiped first when <see cref="Reset"/> asks for it.</summary>
    public string PrepareDataDirectory(string repositoryRoot)
    {
        var (directory, note) = Servers.DataDirectory.Resolve(DataDirectory, repositoryRoot);
        if (note is not null)
        {
            Console.WriteLine(note);
        }

        if (Reset && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        return directory;
    }

    public int ReplicasOf(string project) => Replicas.GetValueOrDefault(project, 1);

    /// <summary>A replica count for a project that does not exist is a mistake to report, not to ignore.</summary>
    public void EnsureReplicatedProjectsExist(IEnumerable<IResource> resources)
    {
        var projects = resources.OfType<ProjectResource>().Select(project => project.Name).ToList();
        if (Replicas.Keys.FirstOrDefault(name => !projects.Contains(name)) is { } unknown)
        {
            throw new PlatformConfigurationException(
                $"There is no project named '{unknown}' to replicate; the projects are {string.Join(", ", projects)}.");
        }
    }

    /// <summary>A fixed port, or a free one when <see cref="FreePorts"/> is set or the port is 0.</summary>
    /// <exception cref="PlatformConfigurationException">The fixed port is in use, by another run most likely.</exception>
    public int Port(string what, Func<PlatformPorts, int> port)
    {
        var fixedPort = FreePorts ? 0 : port(Ports);
        return fixedPort == 0 ? FreePort.Next()
            : FreePort.IsInUse(fixedPort) ? throw new PlatformConfigurationException(
                $"Port {fixedPort} ({what}) is in use: is another ./run.sh running? Stop it, or choose other ports (./run.sh --help).")
            : fixedPort;
    }
}

/// <summary>The loopback ports of a local run, fixed so that tools and bookmarks keep working between runs.</summary>
public sealed class PlatformPorts
{
    public int Postgres { get; set; } = 55432;

    public int Messaging { get; set; } = 55672;

    public int Cache { get; set; } = 56379;

    public int MailSmtp { get; set; } = 52525;

    public int MailWeb { get; set; } = 58025;

    public int Gateway { get; set; } = 5080;
}
