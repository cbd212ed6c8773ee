namespace APPlatform.AppHost;

/// <summary>The AppHost's arguments (./run.sh passes its own through).</summary>
public static class CommandLine
{
    public const string Help = """
        Starts APPlatform: PostgreSQL, RabbitMQ, Redis and a mail sink, the four services and the gateway.

        Usage: ./run.sh [options]

          --replicas <name=n>[,<name=n>]  Run n replicas of a service, e.g. --replicas attendance=3 (repeatable).
          --gateway-port <port>           The gateway's port on localhost (default 5080; 0 picks a free one).
          --reset                         Wipe the servers' data first: a fresh, empty platform.
          --data-dir <path>               Where the servers keep their data (default .apphost/data).
          --free-ports                    Put the servers on free ports instead of 55432, 55672, 56379, 52525 and 58025.
          --servers-only                  Start only PostgreSQL, RabbitMQ, Redis and the mail sink.
          --env-file <path>               Once up, write the servers' ConnectionStrings__* to this file (shell syntax).
          --environment <name>            ASPNETCORE_ENVIRONMENT of every project (default Development).
          --configuration <name>          Run the projects' builds of this configuration (default: the AppHost's own).
          --repository <path>             Run the projects built in this repository (default: the AppHost's own).
          --help                          Show this help.

        An existing server is used instead of starting one when its connection string is set:
        ConnectionStrings__postgres, ConnectionStrings__messaging, ConnectionStrings__cache, ConnectionStrings__mail.
        Ctrl+C (or SIGTERM) stops everything that was started.
        """;

    /// <summary>The options, or null when --help was asked for. A bad argument throws ArgumentException saying why.</summary>
    /// <param name="environment">Reads an environment variable (for the existing servers' connection strings).</param>
    public static PlatformOptions? Parse(string[] args, Func<string, string?> environment)
    {
        var options = new PlatformOptions
        {
            ConnectionStrings = PlatformModel.Servers
                .Select(server => (server, connectionString: environment($"ConnectionStrings__{server}")))
                .Where(pair => !string.IsNullOrEmpty(pair.connectionString))
                .ToDictionary(pair => pair.server, pair => pair.connectionString!),
        };
        var replicas = new Dictionary<string, int>();

        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value; see --help.");

            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
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
                    options = options with { GatewayPort = Port(Value()) };
                    break;
                case "--reset":
                    options = options with { Reset = true };
                    break;
                case "--data-dir":
                    options = options with { DataDirectory = Value() };
                    break;
                case "--free-ports":
                    options = options with { PostgresPort = 0, MessagingPort = 0, CachePort = 0, MailPort = 0, MailWebPort = 0 };
                    break;
                case "--servers-only":
                    options = options with { ServersOnly = true };
                    break;
                case "--env-file":
                    options = options with { EnvFile = Path.GetFullPath(Value()) };
                    break;
                case "--environment":
                    options = options with { EnvironmentName = Value() };
                    break;
                case "--configuration":
                    options = options with { Configuration = Value() };
                    break;
                case "--repository":
                    options = options with { RepositoryRoot = Path.GetFullPath(Value()) };
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; see --help.");
            }
        }

        return options with { Replicas = replicas };
    }

    private static int Port(string value) =>
        int.TryParse(value, out var port) && port is >= 0 and <= 65535 ? port : throw new ArgumentException($"'{value}' is not a port number.");
}
