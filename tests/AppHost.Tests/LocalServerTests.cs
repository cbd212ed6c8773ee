using APPlatform.AppHost.Processes;
using APPlatform.AppHost.Servers;
using Npgsql;
using StackExchange.Redis;

namespace APPlatform.AppHost.Tests;

/// <summary>The launchers against the real installed binaries: they start, serve, keep data, and leave nothing behind.</summary>
public sealed class LocalServerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"apphost-tests-{Guid.NewGuid():N}");
    private readonly OutputLog quiet = new(_ => { }, colour: false);

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public async Task PostgresKeepsItsDataAcrossARestart()
    {
        var options = Options("postgres");
        await using (var first = new PostgresServer(options))
        {
            await first.StartAsync(CancellationToken.None);
            await PostgresDatabases.CreateAsync(first.ConnectionString, "kept");
        }

        await using var second = new PostgresServer(options);
        await second.StartAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(PostgresDatabases.ConnectionStringFor(second.ConnectionString, "kept"));
        await connection.OpenAsync();
    }

    [Fact]
    public async Task StoppingPostgresLeavesNoProcessBehind()
    {
        var options = Options("postgres");
        var server = new PostgresServer(options);
        await server.StartAsync(CancellationToken.None);
        Assert.NotEmpty(ProcessTable.Mentioning(options.DataDirectory));

        await server.StopAsync();

        Assert.Empty(ProcessTable.Mentioning(options.DataDirectory));
    }

    [Fact]
    public async Task StoppingRabbitMqLeavesNoProcessBehindNotEvenEpmd()
    {
        var options = Options("messaging");
        var server = new RabbitMqServer(options);
        await server.StartAsync(CancellationToken.None);
        var epmd = ProcessTable.Mentioning("epmd").Count;

        await server.StopAsync();

        Assert.Empty(ProcessTable.Mentioning(options.DataDirectory));
        Assert.True(ProcessTable.Mentioning("epmd").Count < epmd, "the node's private epmd should have been stopped");
    }

    [Fact]
    public async Task RedisServesAndStopsCleanly()
    {
        var options = Options("cache");
        var server = new RedisServer(options);
        await server.StartAsync(CancellationToken.None);

        using (var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await redis.GetDatabase().StringSetAsync("key", "value");
            Assert.Equal("value", (string?)await redis.GetDatabase().StringGetAsync("key"));
        }

        await server.StopAsync();
        Assert.Empty(ProcessTable.Mentioning(options.DataDirectory));
    }

    [Fact]
    public async Task AnInstanceLeftByACrashedRunIsStoppedBeforeTheNextStart()
    {
        var options = Options("postgres");
        var orphan = new PostgresServer(options);
        await orphan.StartAsync(CancellationToken.None);

        // A new AppHost (the old one "crashed" without stopping it) takes over the same data directory on another port.
        await using var next = new PostgresServer(options with { Port = FreePort.Next() });
        await next.StartAsync(CancellationToken.None);

        await using var connection = new NpgsqlConnection(next.ConnectionString);
        await connection.OpenAsync();
        Assert.Empty(ProcessTable.Mentioning($"-p {options.Port} "));
    }

    private LocalServerOptions Options(string name) => new(Path.Combine(root, name), FreePort.Next(), quiet, Durable: false);
}
