using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost;

/// <summary>How to run the platform: ./run.sh sets these from its arguments (see CommandLine), end-to-end tests in code.</summary>
public sealed record PlatformOptions
{
    /// <summary>Where the launched projects' builds are found; by default the repository this AppHost was built in.</summary>
    public string RepositoryRoot { get; init; } = BuildInfo.RepositoryRoot;

    /// <summary>The build configuration of the launched projects; by default the AppHost's own.</summary>
    public string Configuration { get; init; } = BuildInfo.Configuration;

    /// <summary>Where the servers keep their data between runs (git-ignored); default &lt;repository&gt;/.apphost/data.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Wipe the servers' data (and the token signing key) before starting.</summary>
    public bool Reset { get; init; }

    /// <summary>Ports of the servers started here, on loopback; 0 picks a free one (tests).</summary>
    public int PostgresPort { get; init; } = 55432;

    public int MessagingPort { get; init; } = 55672;

    public int CachePort { get; init; } = 56379;

    /// <summary>The mail sink's SMTP port and the port of its page listing what arrived.</summary>
    public int MailPort { get; init; } = 52525;

    public int MailWebPort { get; init; } = 58025;

    /// <summary>The gateway's port on localhost; 0 picks a free one.</summary>
    public int GatewayPort { get; init; } = 5080;

    /// <summary>Start only PostgreSQL, RabbitMQ and Redis (./test.sh runs every test against one set).</summary>
    public bool ServersOnly { get; init; }

    /// <summary>Replica counts by project name, e.g. attendance=3.</summary>
    public IReadOnlyDictionary<string, int> Replicas { get; init; } = new Dictionary<string, int>();

    /// <summary>Existing servers to use instead of starting them, by resource name (postgres, messaging, cache).</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; init; } = new Dictionary<string, string>();

    /// <summary>Prefix for every exchange and queue, so runs sharing one broker never meet (tests).</summary>
    public string? MessagingEntityPrefix { get; init; }

    /// <summary>Appended to each service's database name on the server, so runs sharing one PostgreSQL keep apart (tests).</summary>
    public string DatabaseSuffix { get; init; } = "";

    /// <summary>ASPNETCORE_ENVIRONMENT of every project.</summary>
    public string EnvironmentName { get; init; } = "Development";

    /// <summary>Once everything is up, write the servers' ConnectionStrings__* here, for a shell to source (./test.sh).</summary>
    public string? EnvFile { get; init; }

    /// <summary>Where the AppHost's and every child's output goes.</summary>
    public OutputLog Log { get; init; } = OutputLog.Console;

    public string ResolvedDataDirectory => Path.GetFullPath(DataDirectory ?? Path.Combine(RepositoryRoot, ".apphost", "data"));
}
