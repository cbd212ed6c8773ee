using MassTransit;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Gives every consumer exactly-once effects over at-least-once delivery: the inbox row for (message id, endpoint)
/// and everything the consumer changes (including events it queues in the outbox) commit in one transaction. A
/// redelivered message finds the row and is acknowledged without running the consumer again; two copies arriving at
/// once serialise on the row's key, and the second is dropped when the first commits.
/// </summary>
internal sealed class InboxFilter<T>(ServiceDbContext service, TimeProvider clock, ILogger<InboxFilter<T>> logger)
    : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("The message has no MessageId, so a redelivery could not be recognised.");
        var consumer = context.ReceiveContext.InputAddress.GetEndpointName()
            ?? throw new InvalidOperationException("The receive endpoint has no name.");
        var db = service.Context;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var firstDelivery = await db.Database.ExecuteSqlRawAsync(
            $$"""INSERT INTO "{{InboxMessageConfiguration.TableName}}" ("MessageId", "Consumer", "ReceivedAt") VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING""",
            new object[] { messageId, consumer, clock.GetUtcNow() },
            cancellationToken) == 1;

        if (!firstDelivery)
        {
            logger.LogInformation("Message {MessageId} was already handled by {Consumer}; dropping the duplicate", messageId, consumer);
            // Consumed, as far as the broker goes: a message no consumer took would be moved to the _skipped queue.
            await context.NotifyConsumed(context, TimeSpan.Zero, consumer);
            return;
        }

        await next.Send(context);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
