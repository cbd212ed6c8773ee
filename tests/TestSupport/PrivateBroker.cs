using APPlatform.AppHost.Servers;

namespace APPlatform.TestSupport;

/// <summary>A RabbitMQ node of one test's own, which the test may stop and start again (same port, same data).</summary>
public sealed class PrivateBroker : IAsyncDisposable
{
    private readonly LocalServers servers = new();
    private readonly RabbitMqServer server;

    private PrivateBroker() => server = new RabbitMqServer(servers.Options("private-broker"));

    public string ConnectionString => server.ConnectionString;

    internal static async Task<PrivateBroker> StartNewAsync()
    {
        var broker = new PrivateBroker();
        await broker.StartAsync();
        return broker;
    }

    public Task StartAsync() => server.StartAsync(CancellationToken.None);

    public Task StopAsync() => server.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await servers.DisposeAsync();
    }
}
