using APPlatform.AppHost;
using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace APPlatform.TestSupport;

/// <summary>
/// The real PostgreSQL, RabbitMQ, Redis and mail sink a test assembly runs against (Testcontainers' role, without Docker).
/// ./test.sh starts one set for the whole run and passes ConnectionStrings__postgres, __messaging, __cache and __mail; run
/// alone (from an IDE), the assembly starts its own from the AppHost's model and stops them at the end.
/// Tests share the servers but never data: each app gets its own database and broker namespace.
/// </summary>
public sealed class TestServers : IAsyncLifetime
{
    private AppHostServers? own;

    public string Postgres { get; private set; } = "";

    public string Messaging { get; private set; } = "";

    /// <summary>The broker's management API, with an administrator's credentials (what Notification.Service gets).</summary>
    public string BrokerAdmin { get; private set; } = "";

    public string Cache { get; private set; } = "";

    /// <summary>The mail sink's connection string: Host and Port for SMTP, Web for reading what arrived (see <see cref="Mailbox"/>).</summary>
    public string Mail { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        var given = ResourceNames.Servers.ToDictionary(name => name, name => Environment.GetEnvironmentVariable($"ConnectionStrings__{name}"));
        if (given.Values.Any(string.IsNullOrEmpty))
        {
            own = await AppHostServers.StartAsync();
            foreach (var name in ResourceNames.Servers)
            {
                given[name] = await own.ConnectionStringAsync(name);
            }
        }

        Postgres = given[ResourceNames.Postgres]!;
        Messaging = given[ResourceNames.Messaging]!;
        BrokerAdmin = given[ResourceNames.BrokerAdmin]!;
        Cache = given[ResourceNames.Cache]!;
        Mail = given[ResourceNames.Mail]!;
    }

    public async ValueTask DisposeAsync()
    {
        if (own is not null)
        {
            await own.DisposeAsync();
        }
    }

    /// <summary>A prefix for exchange and queue names that keeps one test's messages away from every other's.</summary>
    public string NewEntityPrefix() => $"t{Guid.NewGuid().ToString("N")[..10]}.";

    /// <summary>Creates an empty database named after <paramref name="purpose"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"{purpose}_{Guid.NewGuid():N}"[..Math.Min(purpose.Length + 33, 63)];
        await using (var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Postgres) { Database = name }.ConnectionString;
    }

    /// <summary>A RabbitMQ of the test's own, for tests that stop and restart the broker.</summary>
    public Task<PrivateBroker> StartPrivateBrokerAsync() => PrivateBroker.StartNewAsync();

    /// <summary>Starts a service on a fresh database of its own (migrated at start-up, as in production); returns once healthy.</summary>
    public async Task<ServiceApp<T>> StartServiceAsync<T>(
        string databaseName, string entityPrefix, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false,
        Action<IWebHostBuilder>? configure = null)
        where T : class =>
        await StartServiceOnDatabaseAsync<T>(databaseName, await CreateDatabaseAsync(databaseName), entityPrefix, settings, kestrel, configure);

    /// <summary>Starts a service on an existing database (replicas of one service share theirs); returns once healthy.</summary>
    public Task<ServiceApp<T>> StartServiceOnDatabaseAsync<T>(
        string databaseName, string databaseConnection, string entityPrefix, IReadOnlyDictionary<string, string?>? settings = null,
        bool kestrel = false, Action<IWebHostBuilder>? configure = null)
        where T : class
    {
        var all = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{databaseName}"] = databaseConnection,
            [$"ConnectionStrings:{MessagingOptions.ConnectionName}"] = Messaging,
            [$"ConnectionStrings:{ResourceNames.BrokerAdmin}"] = BrokerAdmin,
            [$"ConnectionStrings:{CacheExtensions.ConnectionName}"] = Cache,
            ["ConnectionStrings:mail"] = Mail,
            ["Messaging:EntityPrefix"] = entityPrefix,
            ["Messaging:OutboxPollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return StartApp<T>(all, kestrel, configure).WaitUntilReadyAsync();
    }

    /// <summary>Creates an app that needs no database of its own (the gateway), with the test token settings.</summary>
    public static ServiceApp<T> StartApp<T>(IReadOnlyDictionary<string, string?> settings, bool kestrel = false, Action<IWebHostBuilder>? configure = null)
        where T : class
    {
        var all = new Dictionary<string, string?>(TestAuthentication.Settings);
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new ServiceApp<T>(all, kestrel, configure);
    }
}
