using System.Data.Common;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Tests.Messaging;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace APPlatform.ServiceDefaults.Tests.Persistence;

/// <summary>
/// Replicas of a service start together, on a server where their database may not exist yet (the end-to-end platform
/// runs two directory replicas on the test run's server): each must start, and only one may migrate at a time.
/// </summary>
public sealed class DatabaseMigratorTests(TestServers servers)
{
    [Fact]
    public async Task AReplicaWhoseDatabaseAnotherCreatedFirstMigratesItAndStarts()
    {
        await using var otherReplica = new OtherReplica(servers.Postgres);
        var (migrator, database) = Replica(new CreatesTheDatabaseFirst(otherReplica));

        await migrator.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(await HasMigrationHistoryAsync(database));
    }

    [Fact]
    public async Task AReplicaThatCreatesTheDatabaseMigratesItOnlyUnderTheLock()
    {
        await using var otherReplica = new OtherReplica(servers.Postgres);
        var (migrator, database) = Replica(new MigratesOnceCreated(otherReplica));

        var starting = migrator.StartAsync(TestContext.Current.CancellationToken);
        await Eventually.Until(() => otherReplica.SomeoneWaitsForItsLockAsync(database), waiting => waiting,
            because: "the replica should wait for the lock the other holds while it migrates");
        Assert.False(starting.IsCompleted);
        await otherReplica.ReleaseAsync();
        await starting;

        Assert.True(await HasMigrationHistoryAsync(database));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task AServiceMigratesAsItStartsUnlessDatabaseMigrateOnStartupLeavesItToTheMigrationJob(string? migrateOnStartup, bool migrated)
    {
        var database = await servers.CreateDatabaseAsync("startup");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:testdb"] = database,
            [DatabaseExtensions.MigrateOnStartup] = migrateOnStartup,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<MessagingTestDbContext>("testdb");
        using var host = builder.Build();

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal(migrated, await HasMigrationHistoryAsync(database));
    }

    private (DatabaseMigrator<MessagingTestDbContext> Migrator, string Database) Replica(DbCommandInterceptor race)
    {
        var database = new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = $"migrator_{Guid.NewGuid():N}" }.ConnectionString;
        var services = new ServiceCollection()
            .AddDbContext<MessagingTestDbContext>(options => options.UseNpgsql(database).AddInterceptors(race))
            .BuildServiceProvider();
        return (new DatabaseMigrator<MessagingTestDbContext>(
            services.GetRequiredService<IServiceScopeFactory>(), NullLogger<DatabaseMigrator<MessagingTestDbContext>>.Instance), database);
    }

    private static async Task<bool> HasMigrationHistoryAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var history = new NpgsqlCommand("SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL", connection);
        return (bool)(await history.ExecuteScalarAsync())!;
    }

    /// <summary>Another replica of the same service, starting at the same moment on the same server.</summary>
    private sealed class OtherReplica(string server) : IAsyncDisposable
    {
        private NpgsqlConnection? migrating;

        public async Task CreateAsync(string database)
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        /// <summary>Takes the migration lock in <paramref name="database"/> and holds it, as a replica migrating would.</summary>
        public async Task StartMigratingAsync(string database)
        {
            migrating = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
            await migrating.OpenAsync();
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", migrating);
            take.Parameters.AddWithValue("key", DatabaseMigrator<MessagingTestDbContext>.MigrationLock);
            await take.ExecuteNonQueryAsync();
        }

        public async Task<bool> SomeoneWaitsForItsLockAsync(string database)
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var waiting = new NpgsqlCommand(
                "SELECT EXISTS (SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = @database)",
                connection);
            waiting.Parameters.AddWithValue("database", new NpgsqlConnectionStringBuilder(database).Database!);
            return (bool)(await waiting.ExecuteScalarAsync())!;
        }

        public async Task ReleaseAsync()
        {
            if (migrating is not null)
            {
                await migrating.DisposeAsync();
                migrating = null;
            }
        }

        public ValueTask DisposeAsync() => new(ReleaseAsync());
    }

    /// <summary>The other replica wins the race: it creates the database between this one's check and its CREATE DATABASE.</summary>
    private sealed class CreatesTheDatabaseFirst(OtherReplica other) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Creates(command) is { } database)
            {
                await other.CreateAsync(database);
            }

            return result;
        }
    }

    /// <summary>This replica creates the database; the other, finding it there, starts migrating it under the lock.</summary>
    private sealed class MigratesOnceCreated(OtherReplica other) : DbCommandInterceptor
    {
        public override async ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (Creates(command) is { } database)
            {
                await other.StartMigratingAsync(database);
            }

            return result;
        }
    }

    /// <summary>The database a CREATE DATABASE command creates, if that is what it is.</summary>
    private static string? Creates(DbCommand command) =>
        command.CommandText.StartsWith("CREATE DATABASE", StringComparison.Ordinal)
            ? command.CommandText["CREATE DATABASE".Length..].Trim().Trim(';').Trim('"')
            : null;
}
