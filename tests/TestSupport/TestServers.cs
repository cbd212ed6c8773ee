using APPlatform.ServiceDefaults.Caching;
using APPlatform.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Hosting;

using APPlatform.AppHost.Servers;
using Npgsql;

namespace APPlatform.TestSupport;

/// <summary>
/// The real PostgreSQL, RabbitMQ, Redis and mail sink a test assembly runs against (Testcontainers' role, without Docker).
/// ./test.sh starts one set for the whole run and passes ConnectionStrings__postgres, __messaging, __cache and __mail; run
/// alone (from an IDE), the assembly starts its own through the AppHost's launchers and stops them at the end.
/// Tests share the servers but never data: each app gets its own database and broker namespace.
/// </summary>
public sealed class TestServers : IAsyncLifetime
{
    private readonly LocalServers local = new();

    public string Postgres { get; private set; } = "";

    public string Messaging { get; private set; } = "";

    public string Cache { get; private set; } = "";

    /// <summary>The mail sink's connection string: Host and Port for SMTP, Web for reading what arrived (see <see cref="Mailbox"/>).</summary>
    public string Mail { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        Postgres = Environment.GetEnvironmentVariable("ConnectionStrings__postgres") ?? await local.StartPostgresAsync();
        Messaging = Environment.GetEnvironmentVariable("ConnectionStrings__messaging") ?? await local.StartRabbitMqAsync();
        Cache = Environment.GetEnvironmentVariable("ConnectionStrings__cache") ?? await local.StartRedisAsync();
        Mail = Environment.GetEnvironmentVariable("ConnectionStrings__mail") ?? await local.StartMailSinkAsync();
    }

    public ValueTask DisposeAsync() => local.DisposeAsync();

    /// <summary>A prefix for exchange and queue names that keeps one test's messages away from every other's.</summary>
    public string NewEntityPrefix() => $"t{Guid.NewGuid().ToString("N")[..10]}.";

    /// <summary>Creates an empty database named after <paramref name="purpose"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"{purpose}_{Guid.NewGuid():N}"[..Math.Min(purpose.Length + 33, 63)];
        await PostgresDatabases.CreateAsync(Postgres, name);
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
