using APPlatform.Contracts.Providers;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>The inbox over real RabbitMQ and PostgreSQL: however often a message arrives, its effect happens once.</summary>
public sealed class InboxTests(TestServers servers)
{
    [Fact]
    public async Task AMessageDeliveredTwiceHasItsEffectOnce()
    {
        await using var service = await StartServiceAsync();
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
    [Fact]
    public async Task ADroppedCopyIsAcknowledgedNotMovedToTheSkippedQueue()
    {
        var prefix = servers.NewEntityPrefix();
        await using var service = await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("inbox"), servers.Messaging, prefix);
        var message = new ProviderListed(Guid.NewGuid(), "delivered twice", IsRegistered: false, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(service, message, messageId);
        await PublishAsync(service, message, messageId);

        await service.Deliveries.WaitForAsync(messageId, 2);
        Assert.Empty(await SkippedQueuesAsync(prefix));
    }

    [Fact]
    public async Task CopiesArrivingAtTheSameTimeHaveTheirEffectOnce()
    {
        await using var service = await StartServiceAsync();
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

    [Fact]
    public async Task AConsumerThatFailsHasItsWorkRolledBackAndTheRetryTakesEffectOnce()
    {
        await using var service = await StartServiceAsync();
        var message = new ProviderListed(Guid.NewGuid(), "fail-once: the first attempt throws after writing", IsRegistered: false, DateTimeOffset.UtcNow);
        var messageId = NewId.NextGuid();

        await PublishAsync(service, message, messageId);

        await service.Deliveries.WaitForAsync(messageId, 1);
        Assert.Equal(1, await EffectsAsync(service, message.ProviderId));
    }

    private async Task<MessagingHost> StartServiceAsync() =>
        await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("inbox"), servers.Messaging, servers.NewEntityPrefix());

    private static Task PublishAsync(MessagingHost service, ProviderListed message, Guid messageId) =>
        service.Bus.Publish(message, context => context.MessageId = messageId);

    /// <summary>The _skipped queues of this test's endpoints, from the broker's management API.</summary>
    private async Task<List<string>> SkippedQueuesAsync(string prefix) =>
        [.. (await BrokerManagement.QueuesAsync(servers.BrokerAdmin, prefix)).Select(queue => queue.Name).Where(name => name.EndsWith("_skipped"))];

    private static Task<int> EffectsAsync(MessagingHost service, Guid providerId) =>
        service.WithDbAsync(db => db.Effects.CountAsync(e => e.ProviderId == providerId));
}
