using APPlatform.AppHost;

namespace APPlatform.TestSupport;

/// <summary>A RabbitMQ node of one test's own, which the test may stop and start again (same port, same data).</summary>
public sealed class PrivateBroker : IAsyncDisposable
{
    private readonly AppHostServers servers;

    private PrivateBroker(AppHostServers servers, string connectionString)
    {
        this.servers = servers;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    internal static async Task<PrivateBroker> StartNewAsync()
    {
        // Without the management API, whose stop can hang this RabbitMQ's shutdown: the test stops and starts the node.
        var servers = await AppHostServers.StartAsync([ResourceNames.Messaging], "--Platform:BrokerManagement=false");
        return new PrivateBroker(servers, await servers.ConnectionStringAsync(ResourceNames.Messaging));
    }

    public Task StartAsync() => servers.StartAsync(ResourceNames.Messaging);

    public Task StopAsync() => servers.StopAsync(ResourceNames.Messaging);

    public ValueTask DisposeAsync() => servers.DisposeAsync();
}
