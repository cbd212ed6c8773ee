using APPlatform.Contracts.Providers;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>The transactional outbox over real PostgreSQL and RabbitMQ: an event goes out if, and only if, its change commits.</summary>
public sealed class OutboxTests(TestServers servers)
{
    [Fact]
    public async Task AnEventIsPublishedWhenItsTransactionCommits()
    {
        await using var service = await StartServiceAsync(servers.Messaging);
        var providerId = Guid.NewGuid();

        await service.WithDbAsync(async db =>
        {
            db.Notes.Add(new Note { Id = providerId, Text = "the change" });
            db.AddIntegrationEvent(new ProviderListed(providerId, "committed", IsRegistered: false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var effect = await WaitForEffectAsync(service, providerId);
        // Marked once the broker has confirmed it, which can be after the consumer has had the message.
        await Eventually.Until(
            () => service.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == effect.MessageId)), row => row.DispatchedAt != null,
            because: "the outbox row should be marked dispatched");
    }

    [Fact]
    public async Task AnEventIsNeverPublishedWhenItsTransactionRollsBack()
    {
        await using var service = await StartServiceAsync(servers.Messaging);
        var rolledBack = Guid.NewGuid();
        var committedAfter = Guid.NewGuid();

        await service.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Notes.Add(new Note { Id = rolledBack, Text = "abandoned" });
            db.AddIntegrationEvent(new ProviderListed(rolledBack, "rolled back", IsRegistered: false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await service.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new ProviderListed(committedAfter, "committed after", IsRegistered: false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        // The outbox publishes in order, so once the later event has arrived the earlier one would have too.
        await WaitForEffectAsync(service, committedAfter);
        Assert.Equal(0, await service.WithDbAsync(db => db.Effects.CountAsync(e => e.ProviderId == rolledBack)));
        Assert.Equal(0, await service.WithDbAsync(db => db.Notes.CountAsync(n => n.Id == rolledBack)));
        Assert.Equal(1, await service.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task AnEventCommittedWhileTheBrokerIsDownIsPublishedOnceTheBrokerIsBack()
    {
        await using var broker = await servers.StartPrivateBrokerAsync();
        await using var service = await StartServiceAsync(broker.ConnectionString);
        var providerId = Guid.NewGuid();

        await broker.StopAsync();
        await service.WithDbAsync(async db =>
        {
            db.AddIntegrationEvent(new ProviderListed(providerId, "during the outage", IsRegistered: false, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        // The dispatcher tries, fails, and keeps the row.
        var pending = await Eventually.Until(
            () => service.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync()),
            row => row.Attempts > 0,
            because: "the dispatcher should have tried to publish while the broker was down");
        Assert.Null(pending.DispatchedAt);

        await broker.StartAsync();

        var effect = await WaitForEffectAsync(service, providerId, TimeSpan.FromSeconds(90));
        Assert.Equal(pending.Id, effect.MessageId);
        // The consumer may see the message before the dispatcher has recorded its confirmation.
        await Eventually.Until(() => service.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync()), row => row.DispatchedAt != null,
            because: "the dispatcher should record the publish once the broker confirms it");
    }

    private async Task<MessagingHost> StartServiceAsync(string messaging) =>
        await MessagingHost.StartAsync(await servers.CreateDatabaseAsync("outbox"), messaging, servers.NewEntityPrefix());

    private static Task<ConsumerEffect> WaitForEffectAsync(MessagingHost service, Guid providerId, TimeSpan? timeout = null) =>
        Eventually.Until(
            () => service.WithDbAsync(db => db.Effects.Where(e => e.ProviderId == providerId).ToListAsync()),
            effects => effects.Count > 0,
            timeout,
            because: $"the event for {providerId} should reach the consumer").ContinueWith(t => t.Result.Single());
}
