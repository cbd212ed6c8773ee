using System.Security.Cryptography;
using APPlatform.AppHost.Processes;
using Npgsql;

namespace APPlatform.AppHost.Servers;

/// <summary>
/// PostgreSQL from the installed Debian package, initialised once in its data directory with a generated password for
/// the postgres user (kept beside the data, so a restart reuses it).
/// </summary>
public sealed class PostgresServer(LocalServerOptions options) : LocalServer("postgres", options)
{
    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Password = Password }.ConnectionString;

    /// <summary>SIGINT is PostgreSQL's fast shutdown: it ends open sessions instead of waiting for them.</summary>
    protected override (int Signal, TimeSpan Grace) Shutdown => (Signals.SigInt, TimeSpan.FromSeconds(5));

    protected override string PidFile => Path.Combine(ClusterDirectory, "postmaster.pid");

    protected override string ProcessMarker => ClusterDirectory;

    private string ClusterDirectory => Path.Combine(Options.DataDirectory, "data");

    /// <summary>Its Unix socket, in the data folder rather than /var/run/postgresql, which another cluster may use.</summary>
    private string SocketDirectory => Path.Combine(Options.DataDirectory, "socket");

    private string PasswordFile => Path.Combine(Options.DataDirectory, "password");

    private string Password => File.ReadAllText(PasswordFile).Trim();

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            return;
        }

        SecretFile.Write(PasswordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        Directory.CreateDirectory(SocketDirectory);
        await ServiceAccount.Postgres.OwnAsync(Options.DataDirectory);
        await ServiceAccount.Postgres.RunAsync(Binary("initdb"),
        [
            "-D", ClusterDirectory, "-U", "postgres", "--pwfile", PasswordFile, "--auth-local=trust", "--auth-host=scram-sha-256",
            "--encoding=UTF8", "--locale=C.UTF-8",
        ]);
    }

    protected override (string, IEnumerable<string>, IReadOnlyDictionary<string, string>?) Command()
    {
        List<string> arguments =
        [
            "-D", ClusterDirectory, "-p", Port.ToString(), "-k", SocketDirectory, "-c", "listen_addresses=127.0.0.1",
            // Every replica of every service keeps a pool, and tests share one server.
            "-c", "max_connections=500", "-c", "log_checkpoints=off",
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
            var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 2, Pooling = false };
            await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
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
            .OrderByDescending(directory => int.TryParse(Path.GetFileName(directory), out var major) ? major : 0)
            .Select(directory => Path.Combine(directory, "bin", name))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"PostgreSQL's {name} is not installed (run scripts/install-prerequisites.sh).");
}
