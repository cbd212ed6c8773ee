namespace APPlatform.AppHost;

/// <summary>The AppHost's arguments (./run.sh passes its own through).</summary>
public static class CommandLine
{
    public const string Help = """
        Starts APPlatform: PostgreSQL, RabbitMQ and Redis, the four services and the gateway.

        Usage: ./run.sh [options]

          --replicas <name=n>[,<name=n>]  Run n replicas of a service, e.g. --replicas attendance=3 (repeatable).
          --gateway-port <port>           The gateway's port on localhost (default 5080).
          --data-dir <path>               Where the servers keep their data (default .apphost/data).
          --reset                         Wipe the data directory first: a fresh, empty platform.
          --servers-only                  Start only PostgreSQL, RabbitMQ and Redis.
          --free-ports                    Put the servers on free ports instead of 55432, 55672 and 56379.
          --env-file <path>               Once the servers are up, write their ConnectionStrings__* to this file (shell syntax).
          --help                          Show this help.

        An existing server is used instead of starting one when its connection string is set:
        ConnectionStrings__postgres, ConnectionStrings__messaging, ConnectionStrings__cache.
        Ctrl+C (or SIGTERM) stops everything that was started.
        """;

    /// <summary>The options, and the --env-file path if given; null options mean --help was asked for.</summary>
    public static (PlatformOptions? Options, string? EnvFile) Parse(string[] args, IReadOnlyDictionary<string, string> connectionStrings)
    {
        var options = new PlatformOptions { ConnectionStrings = connectionStrings };
        var replicas = new Dictionary<string, int>();
        string? envFile = null;

        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");

            switch (args[i])
            {
                case "--help" or "-h":
                    return (null, null);
                case "--replicas":
                    foreach (var pair in Value().Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var parts = pair.Split('=');
                        replicas[parts[0]] = parts.Length == 2 && int.TryParse(parts[1], out var count) && count > 0
                            ? count
                            : throw new ArgumentException($"--replicas takes name=count, e.g. attendance=3 (got '{pair}').");
                    }

                    break;
                case "--gateway-port":
                    options = options with { GatewayPort = int.TryParse(Value(), out var port) ? port : throw new ArgumentException("--gateway-port takes a number.") };
                    break;
                case "--data-dir":
                    options = options with { DataDirectory = Value() };
                    break;
                case "--reset":
                    options = options with { Reset = true };
                    break;
                case "--servers-only":
                    options = options with { ServersOnly = true };
                    break;
                case "--free-ports":
                    options = options with { FreePorts = true };
                    break;
                case "--env-file":
                    envFile = Value();
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; see --help.");
            }
        }

        return (options with { Replicas = replicas }, envFile);
    }
}
