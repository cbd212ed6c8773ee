using System.Globalization;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace APPlatform.AppHost.Servers;

/// <summary>PostgreSQL from the installed Debian package, run by DCP as an executable (Aspire's PostgresServerResource is a container).</summary>
public sealed class LocalPostgresResource(string name, string command, string workingDirectory, ParameterResource password, int port)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Password={password}");

    internal List<LocalPostgresDatabaseResource> Databases { get; } = [];
}

/// <summary>A database on a local PostgreSQL, created once the server is healthy (as Aspire's AddDatabase does for its container).</summary>
public sealed class LocalPostgresDatabaseResource(string name, LocalPostgresResource server)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => server;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={Name}");
}

public static class LocalPostgres
{
    // DCP stops an executable with SIGTERM, which PostgreSQL takes as a "smart" shutdown that waits for every client to
    // disconnect. This wrapper turns it into SIGINT, PostgreSQL's fast shutdown, which ends open sessions.
    private const string FastShutdown = """trap 'kill -INT $server' TERM INT; "$@" & server=$!; wait $server; wait $server""";

    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, string name, LocalServerSettings settings)
    {
        var cluster = Path.Combine(settings.DataDirectory, "data");
        var socket = Path.Combine(settings.DataDirectory, "socket");
        var passwordFile = Path.Combine(settings.DataDirectory, "password");
        var password = builder.AddParameter($"{name}-password", SecretFile.ReadOrCreate(passwordFile, 16, Convert.ToHexString), secret: true);

        string[] server =
        [
            Binary("postgres"), "-D", cluster, "-p", settings.Port.ToString(CultureInfo.InvariantCulture), "-k", socket,
            "-c", "listen_addresses=127.0.0.1", "-c", "log_checkpoints=off",
            // Every replica of every service keeps a pool, and tests share one server.
            "-c", "max_connections=500",
            .. settings.Durable ? Array.Empty<string>() : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
        ];
        var line = ServiceAccount.Postgres.CommandLine(["/bin/sh", "-c", FastShutdown, "postgres", .. server]);
        var resource = new LocalPostgresResource(name, line[0], settings.DataDirectory, password.Resource, settings.Port);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(resource, (_, _) =>
        {
            Initialise(cluster, socket, passwordFile, settings.DataDirectory);
            return Task.CompletedTask;
        });
        builder.Eventing.Subscribe<ResourceReadyEvent>(resource, (ready, cancellationToken) =>
            CreateDatabasesAsync(resource, ready.Services.GetRequiredService<ResourceNotificationService>(), cancellationToken));

        return builder.AddResource(resource)
            .WithArgs(line[1..])
            .WithEndpoint(port: settings.Port, targetPort: settings.Port, scheme: "tcp", name: "tcp", isProxied: false)
            .WithIconName("DatabaseMultiple")
            .WithReadinessCheck(cancellationToken => CanConnectAsync(resource, "postgres", cancellationToken));
    }

    /// <summary>A database the server creates once it is healthy, before anything that waits for the database starts.</summary>
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> server, string name)
    {
        var database = new LocalPostgresDatabaseResource(name, server.Resource);
        server.Resource.Databases.Add(database);
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] })
            .WithReadinessCheck(cancellationToken => CanConnectAsync(server.Resource, name, cancellationToken));
    }

    /// <summary>initdb on the first start, with the generated password for the postgres user; its socket in the data folder.</summary>
    private static void Initialise(string cluster, string socket, string passwordFile, string directory)
    {
        if (File.Exists(Path.Combine(cluster, "PG_VERSION")))
        {
            return;
        }

        Directory.CreateDirectory(socket);
        ServiceAccount.Postgres.Own(directory);
        ServiceAccount.Postgres.Run(
            Binary("initdb"), "-D", cluster, "-U", "postgres", "--pwfile", passwordFile, "--auth-local=trust",
            "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8");
    }

    /// <summary>
    /// Creates the databases that do not exist yet and marks each running (Aspire passes a server's state on to its
    /// databases only for containers); each then turns healthy once its own health check connects.
    /// </summary>
    private static async Task CreateDatabasesAsync(
        LocalPostgresResource server, ResourceNotificationService notifications, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(server, "postgres", cancellationToken);
        foreach (var database in server.Databases)
        {
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.Name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await notifications.PublishUpdateAsync(database, snapshot => snapshot with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
    }

    private static async Task<HealthCheckResult> CanConnectAsync(LocalPostgresResource server, string database, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(server, database, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }

    /// <summary>An unpooled connection: the AppHost must hold no session open, or it would keep the server from stopping.</summary>
    private static async Task<NpgsqlConnection> OpenAsync(LocalPostgresResource server, string database, CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(await server.ConnectionStringExpression.GetValueAsync(cancellationToken))
        {
            Database = database,
            Pooling = false,
            Timeout = 2,
        };
        var connection = new NpgsqlConnection(connectionString.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The newest installed major version's binaries.</summary>
    private static string Binary(string name) =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .OrderByDescending(directory => int.TryParse(Path.GetFileName(directory), out var major) ? major : 0)
            .Select(directory => Path.Combine(directory, "bin", name))
            .FirstOrDefault(File.Exists)
        ?? throw PlatformConfigurationException.NotInstalled($"PostgreSQL's {name}");
}
