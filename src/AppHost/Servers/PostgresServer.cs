using System.Security.Cryptography;
using APPlatform.AppHost.Processes;
using Npgsql;

namespace APPlatform.AppHost.Servers;

/// <summary>PostgreSQL from the installed Debian package, initialised once in its data directory.</summary>
public sealed class PostgresServer(LocalServerOptions options) : LocalServer("postgres", options)
{
    private readonly int port = FreePort.OrNext(options.Port);

    public int Port => port;

    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Password = Password }.ConnectionString;

    protected override (int Signal, TimeSpan Grace) Shutdown => (Signals.SigInt, TimeSpan.FromSeconds(5));

    protected override string ProcessMarker => "postgres";

    private string DataDirectory => Path.Combine(Options.DataDirectory, "data");

    private string PasswordFile => Path.Combine(Options.DataDirectory, "password");

    private string Password => File.ReadAllText(PasswordFile).Trim();

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (!File.Exists(PasswordFile))
        {
            await File.WriteAllTextAsync(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), cancellationToken);
        }

        await ServiceAccount.Postgres.OwnAsync(Options.DataDirectory);
        await ServiceAccount.Postgres.RunAsync(Binary("initdb"),
            ["-D", DataDirectory, "-U", "postgres", "--pwfile", PasswordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8"]);
    }

    protected override (string, IEnumerable<string>, IReadOnlyDictionary<string, string>?) Command()
    {
        List<string> arguments =
        [
            "-D", DataDirectory, "-p", port.ToString(),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=500",
            "-c", "log_checkpoints=off",
        ];
        if (!Options.Durable)
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        var (fileName, commandArguments) = ServiceAccount.Postgres.Command(Binary("postgres"), arguments);
        return (fileName, commandArguments, null);
    }

    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString + ";Timeout=2;Pooling=false");
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    /// <summary>The newest installed major version's binaries.</summary>
    private static string Binary(string name) =>
        Directory.GetDirectories("/usr/lib/postgresql")
            .OrderByDescending(dir => int.TryParse(Path.GetFileName(dir), out var major) ? major : 0)
            .Select(dir => Path.Combine(dir, "bin", name))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"PostgreSQL's {name} is not installed (run scripts/install-prerequisites.sh).");
}
