using APPlatform.AppHost.Servers;
using Npgsql;

namespace APPlatform.AppHost.Tests;

public sealed class PostgresServerTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task AcceptsConnectionsAndLeavesNoProcessBehindWhenStopped()
    {
        var server = new PostgresServer(Options());
        await server.StartAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT 1", connection);
            Assert.Equal(1, await query.ExecuteScalarAsync());
        }

        // The backends start sessions of their own and do not mention the data directory: follow the tree.
        var processes = LiveProcesses.WithDescendants(LiveProcesses.Mentioning(directory.Path));
        Assert.NotEmpty(processes);

        await server.StopAsync();

        Assert.Empty(LiveProcesses.StillAlive(processes));
        Assert.Empty(LiveProcesses.Mentioning(directory.Path));
    }

    [Fact]
    public async Task KeepsItsDataAndPasswordAcrossARestart()
    {
        string firstConnectionString;
        await using (var first = new PostgresServer(Options()))
        {
            await first.StartAsync(CancellationToken.None);
            await PostgresDatabases.CreateAsync(first.ConnectionString, "kept");
            firstConnectionString = first.ConnectionString;
        }

        await using var second = new PostgresServer(Options());
        await second.StartAsync(CancellationToken.None);

        Assert.Equal(new NpgsqlConnectionStringBuilder(firstConnectionString).Password, new NpgsqlConnectionStringBuilder(second.ConnectionString).Password);
        await using var connection = new NpgsqlConnection(PostgresDatabases.ConnectionStringFor(second.ConnectionString, "kept"));
        await connection.OpenAsync();
    }

    [Fact]
    public async Task AnInstanceLeftRunningOnItsDataIsStoppedBeforeTheNextStart()
    {
        // The first launcher is abandoned while running, as a crashed AppHost would leave it.
        var abandoned = new PostgresServer(Options());
        await abandoned.StartAsync(CancellationToken.None);
        var orphans = LiveProcesses.WithDescendants(LiveProcesses.Mentioning(directory.Path));

        await using var next = new PostgresServer(Options());
        await next.StartAsync(CancellationToken.None);

        Assert.Empty(LiveProcesses.StillAlive(orphans));
        await using var connection = new NpgsqlConnection(next.ConnectionString);
        await connection.OpenAsync();
    }

    [Fact]
    public async Task CreatingADatabaseTwiceIsHarmless()
    {
        await using var server = new PostgresServer(Options());
        await server.StartAsync(CancellationToken.None);

        await PostgresDatabases.CreateAsync(server.ConnectionString, "twice");
        await PostgresDatabases.CreateAsync(server.ConnectionString, "twice");

        await using var connection = new NpgsqlConnection(PostgresDatabases.ConnectionStringFor(server.ConnectionString, "twice"));
        await connection.OpenAsync();
    }

    private LocalServerOptions Options() => new(directory.Sub("postgres"), Port: 0, Quiet.Log, Durable: false);
}
