using APPlatform.AppHost.Processes;

namespace APPlatform.AppHost;

/// <summary>How to run the platform: `./run.sh` sets these from its arguments, end-to-end tests in code.</summary>
public sealed record PlatformOptions
{
    public string RepositoryRoot { get; init; } = BuildInfo.RepositoryRoot;

    public string Configuration { get; init; } = BuildInfo.Configuration;

    /// <summary>Where the servers keep their data between runs (git-ignored); default .apphost/data.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Wipe the data directory before starting.</summary>
    public bool Reset { get; init; }

    /// <summary>The gateway's port on localhost; 0 picks a free one.</summary>
    public int GatewayPort { get; init; } = 5080;

    /// <summary>Start the servers on free ports instead of the fixed development ports (55432, 55672, 56379).</summary>
    public bool FreePorts { get; init; }

    /// <summary>Start only PostgreSQL, RabbitMQ and Redis (./test.sh runs every test against one set).</summary>
    public bool ServersOnly { get; init; }

    /// <summary>False for throwaway servers: PostgreSQL without fsync, Redis without persistence.</summary>
    public bool DurableServers { get; init; } = true;

    /// <summary>Replica counts by project name, e.g. attendance=3.</summary>
    public IReadOnlyDictionary<string, int> Replicas { get; init; } = new Dictionary<string, int>();

    /// <summary>Existing servers to use instead of starting them, by resource name (postgres, messaging, cache).</summary>
    public IReadOnlyDictionary<string, string> ConnectionStrings { get; init; } = new Dictionary<string, string>();

    /// <summary>Prefix for every exchange and queue, so runs sharing one broker never meet (tests).</summary>
    public string? MessagingEntityPrefix { get; init; }

    /// <summary>Appended to each service's database name, so runs sharing one PostgreSQL keep apart (tests).</summary>
    public string DatabaseSuffix { get; init; } = "";

    public string EnvironmentName { get; init; } = "Development";

    public OutputLog Log { get; init; } = OutputLog.Console;

    public string ResolvedDataDirectory => Path.GetFullPath(DataDirectory ?? Path.Combine(RepositoryRoot, ".apphost", "data"));
}
