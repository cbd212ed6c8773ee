using APPlatform.AppHost.Servers;
using StackExchange.Redis;

namespace APPlatform.AppHost.Tests;

public sealed class RedisServerTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task ServesTheServicesClientAndLeavesNoProcessBehindWhenStopped()
    {
        var server = new RedisServer(new LocalServerOptions(directory.Sub("cache"), Port: 0, Quiet.Log));
        await server.StartAsync(CancellationToken.None);
        using (var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString))
        {
            await redis.GetDatabase().StringSetAsync("key", "value");
            Assert.Equal("value", (string?)await redis.GetDatabase().StringGetAsync("key"));
        }

        var processes = LiveProcesses.Mentioning($"127.0.0.1:{server.Port}");
        Assert.NotEmpty(processes);

        await server.StopAsync();
        await server.StopAsync(); // a second stop (Dispose after Stop) is harmless

        Assert.Empty(LiveProcesses.StillAlive(processes));
        Assert.Empty(LiveProcesses.Mentioning($"127.0.0.1:{server.Port}"));
    }
}
