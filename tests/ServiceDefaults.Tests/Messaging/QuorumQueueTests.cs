using APPlatform.TestSupport;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Messaging:QuorumQueues over the real RabbitMQ: on a clustered broker (staging, production) every queue a service's
/// consumers take messages from is a quorum queue, replicated so a node's loss loses none; locally they stay classic.
/// And Messaging:PrefetchCount, how many messages each consumer takes at a time.
/// </summary>
public sealed class QuorumQueueTests(TestServers servers)
{
    [Fact]
    public async Task WithQuorumQueuesOnEveryConsumersQueueIsDeclaredAQuorumQueue()
    {
        var queues = await ConsumerQueuesAsync(new Dictionary<string, string?> { ["Messaging:QuorumQueues"] = "true" });

        Assert.NotEmpty(queues);
        Assert.All(queues, queue => Assert.Equal("quorum", queue.Type));
    }

    [Fact]
    public async Task ByDefaultTheConsumersQueuesAreClassic()
    {
        var queues = await ConsumerQueuesAsync();

        Assert.NotEmpty(queues);
        Assert.All(queues, queue => Assert.Equal("classic", queue.Type));
    }

    [Theory]
    [InlineData(null, 16)]
    [InlineData("3", 3)]
    public async Task EachConsumerTakesMessagingPrefetchCountMessagesAtATime(string? setting, int expected)
    {
        var prefix = servers.NewEntityPrefix();
        await using var service = await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("prefetch"), servers.Messaging, prefix,
            setting is null ? null : new Dictionary<string, string?> { ["Messaging:PrefetchCount"] = setting });

        var consumers = await Eventually.Until(() => BrokerManagement.ConsumersAsync(servers.BrokerAdmin, prefix), found => found.Count > 0,
            because: "the service's consumers should be listening once it has started");
        Assert.All(consumers, consumer => Assert.Equal(expected, consumer.PrefetchCount));
    }

    /// <summary>Starts a service's messaging (its consumer declares its queue as it starts) and lists the queues it declared.</summary>
    private async Task<IReadOnlyList<(string Name, string Type)>> ConsumerQueuesAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var prefix = servers.NewEntityPrefix();
        await using var service = await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("quorum"), servers.Messaging, prefix, settings);
        return await BrokerManagement.QueuesAsync(servers.BrokerAdmin, prefix);
    }
}
