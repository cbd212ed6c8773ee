using APPlatform.AppHost.Processes;
using APPlatform.AppHost.Servers;

namespace APPlatform.TestSupport;

/// <summary>Throwaway servers from the AppHost's launchers: temporary directories, free ports, no fsync.</summary>
internal sealed class LocalServers : IAsyncDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"applatform-tests-{Guid.NewGuid():N}");
    private readonly List<ILocalServer> started = [];

    /// <summary>Server output is kept only for explaining a failed start (ChildProcess.RecentOutput).</summary>
    public static OutputLog Quiet { get; } = new(_ => { }, colour: false);

    public Task<string> StartPostgresAsync() => StartAsync(new PostgresServer(Options("postgres")));

    public Task<string> StartRabbitMqAsync() => StartAsync(new RabbitMqServer(Options("messaging")));

    public Task<string> StartRedisAsync() => StartAsync(new RedisServer(Options("cache")));

    public Task<string> StartMailSinkAsync() => StartAsync(new MailSink(Options("mail"), webPort: 0));

    public LocalServerOptions Options(string name) => new(Path.Combine(root, name), Port: 0, Quiet, Durable: false);

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(started.Select(server => server.StopAsync()));
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<string> StartAsync(ILocalServer server)
    {
        started.Add(server);
        await server.StartAsync(CancellationToken.None);
        return server.ConnectionString;
    }
}
