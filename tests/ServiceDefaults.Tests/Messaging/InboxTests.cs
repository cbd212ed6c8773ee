using APPlatform.Contracts.Providers;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The inbox over real RabbitMQ and PostgreSQL: however often a message arrives, its effect happens once, whether its
/// consumer takes messages one at a time or a batch at a time.
/// </summary>
public sealed class InboxTests(TestServers servers)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AMessageDeliveredTwiceHasItsEffectOnce(bool inBatches)
    {
        await using var service = await StartServiceAsync(inBatches);
        var message = new ProviderListed(Guid.NewGuid(), "delivered twice", IsRegistered: false, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(service, message, messageId);
        await PublishAsync(service, message, messageId);

        await service.Deliveries.WaitForAsync(messageId, 2);
        Assert.Equal(1, await EffectsAsync(service, message.ProviderId));
        Assert.Equal(1, await service.WithDbAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == messageId)));
    }

    /// <summary>
    /// The copy a replica's kill -9 leaves (committed, not yet acknowledged) is acknowledged when the inbox drops it,
    /// not moved to the endpoint's _skipped queue as a message no consumer took (the chaos run found them there).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADroppedCopyIsAcknowledgedNotMovedToTheSkippedQueue(bool inBatches)
    {
        var prefix = servers.NewEntityPrefix();
        await using var service = await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("inbox"), servers.Messaging, prefix, inBatches: inBatches);
        var message = new ProviderListed(Guid.NewGuid(), "delivered twice", IsRegistered: false, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(service, message, messageId);
        await PublishAsync(service, message, messageId);

        await service.Deliveries.WaitForAsync(messageId, 2);
        Assert.Empty(await SkippedQueuesAsync(prefix));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CopiesArrivingAtTheSameTimeHaveTheirEffectOnce(bool inBatches)
    {
        await using var service = await StartServiceAsync(inBatches);
        var messages = Enumerable.Range(0, 20)
            .Select(i => (Message: new ProviderListed(Guid.NewGuid(), $"raced {i}", IsRegistered: false, DateTimeOffset.UtcNow), Id: NewId.NextGuid()))
            .ToList();

        await Task.WhenAll(messages.SelectMany(m => Enumerable.Range(0, 3).Select(_ => PublishAsync(service, m.Message, m.Id))));

        foreach (var (message, id) in messages)
        {
            await service.Deliveries.WaitForAsync(id, 3);
            Assert.Equal(1, await EffectsAsync(service, message.ProviderId));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AConsumerThatFailsHasItsWorkRolledBackAndTheRetryTakesEffectOnce(bool inBatches)
    {
        await using var service = await StartServiceAsync(inBatches);
        var message = new ProviderListed(Guid.NewGuid(), "fail-once: the first attempt throws after writing", IsRegistered: false, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(service, message, messageId);

        await service.Deliveries.WaitForAsync(messageId, 1);
        Assert.Equal(1, await EffectsAsync(service, message.ProviderId));
    }

    /// <summary>A batch that holds a message handled before beside new ones: the consumer gets the new ones alone.</summary>
    [Fact]
    public async Task ABatchHasTheEffectsOfItsNewMessagesAndNotAgainOfOneHandledBefore()
    {
        await using var service = await StartServiceAsync(inBatches: true);
        var messages = Enumerable.Range(0, 5)
            .Select(i => (Message: new ProviderListed(Guid.NewGuid(), $"batched {i}", IsRegistered: false, DateTimeOffset.UtcNow), Id: NewId.NextGuid()))
            .ToList();
        var (handledBefore, handledBeforeId) = messages[0];
        await PublishAsync(service, handledBefore, handledBeforeId);
        await service.Deliveries.WaitForAsync(handledBeforeId, 1);

        await Task.WhenAll(messages.Select(m => PublishAsync(service, m.Message, m.Id)));

        await service.Deliveries.WaitForAsync(handledBeforeId, 2);
        foreach (var (message, id) in messages)
        {
            await service.Deliveries.WaitForAsync(id, 1);
            Assert.Equal(1, await EffectsAsync(service, message.ProviderId));
        }
    }

    private async Task<MessagingHost> StartServiceAsync(bool inBatches) =>
        await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("inbox"), servers.Messaging, servers.NewEntityPrefix(), inBatches: inBatches);

    private static Task PublishAsync(MessagingHost service, ProviderListed message, Guid messageId) =>
        service.Bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>The _skipped queues of this test's endpoints, from the broker's management API.</summary>
    private async Task<List<string>> SkippedQueuesAsync(string prefix) =>
        [.. (await BrokerManagement.QueuesAsync(servers.BrokerAdmin, prefix)).Select(queue => queue.Name).Where(name => name.EndsWith("_skipped"))];

    private static Task<int> EffectsAsync(MessagingHost service, Guid providerId) =>
        service.WithDbAsync(db => db.Effects.CountAsync(e => e.ProviderId == providerId));
}
