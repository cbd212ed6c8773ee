using APPlatform.AppHost.Servers;
using RabbitMQ.Client;

namespace APPlatform.AppHost.Tests;

public sealed class RabbitMqServerTests : IDisposable
{
    private readonly TemporaryDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task StoppingRabbitMqLeavesNoProcessBehindNotEvenEpmd()
    {
        var server = new RabbitMqServer(new LocalServerOptions(directory.Sub("messaging"), Port: 0, Quiet.Log));
        await server.StartAsync(CancellationToken.None);
        await using (var connection = await new ConnectionFactory { Uri = new Uri(server.ConnectionString) }.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync("probe", durable: false, exclusive: true, autoDelete: true);
        }

        // epmd daemonises out of the node's tree, but keeps the node's environment, which names the data directory.
        var processes = LiveProcesses.WithDescendants(LiveProcesses.Mentioning(directory.Path));
        Assert.Contains(processes, process => APPlatform.AppHost.Processes.ProcessTable.CommandLine(process.Pid).Contains("epmd"));

        await server.StopAsync();

        Assert.Empty(LiveProcesses.StillAlive(processes));
        Assert.Empty(LiveProcesses.Mentioning(directory.Path));
    }
}
