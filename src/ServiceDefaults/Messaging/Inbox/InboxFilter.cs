using MassTransit;
using MassTransit.Transports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Gives every consumer exactly-once effects over at-least-once delivery: the inbox row for (message id, endpoint)
/// and everything the consumer changes (including events it queues in the outbox) commit in one transaction. A
/// redelivered message finds the row and is acknowledged without running the consumer again; two copies arriving at
/// once serialise on the row's key, and the second is dropped when the first commits. A batch consumer's messages
/// are claimed in one statement, and the consumer is handed only those not handled before.
/// </summary>
internal sealed class InboxFilter<T>(ServiceDbContext service, TimeProvider clock, ILogger<InboxFilter<T>> logger)
    : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var consumer = context.ReceiveContext.InputAddress.GetEndpointName()
            ?? throw new InvalidOperationException("The receive endpoint has no name.");
        var messageIds = InboxMessageIds<T>.Of(context);
        var db = service.Context;
        var cancellationToken = context.CancellationToken;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var firstDeliveries = await ClaimAsync(db, messageIds, consumer, cancellationToken);
        if (firstDeliveries.Count < messageIds.Count)
        {
            logger.LogInformation(
                "{Duplicates} of {Messages} messages were already handled by {Consumer}; dropping the duplicates",
                messageIds.Count - firstDeliveries.Count, messageIds.Count, consumer);
        }

        if (firstDeliveries.Count == 0)
        {
            // Consumed, as far as the broker goes: a message no consumer took would be moved to the _skipped queue.
            // (A batch's messages were taken by MassTransit's batch collector already.)
            await context.NotifyConsumed(context, TimeSpan.Zero, consumer);
            return;
        }

        await next.Send(InboxMessageIds<T>.Only(context, firstDeliveries));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records the messages this endpoint has not handled before and returns their ids. Rows are inserted in id order,
    /// so two replicas claiming overlapping batches wait for each other instead of deadlocking.
    /// </summary>
    private async Task<HashSet<Guid>> ClaimAsync(DbContext db, IReadOnlyCollection<Guid> messageIds, string consumer, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQueryRaw<Guid>(
                $$"""
                INSERT INTO "{{InboxMessageConfiguration.TableName}}" ("MessageId", "Consumer", "ReceivedAt")
                SELECT id, {1}, {2} FROM unnest({0}) AS id ORDER BY id
                ON CONFLICT DO NOTHING
                RETURNING "MessageId" AS "Value"
                """,
                messageIds.ToArray(), consumer, clock.GetUtcNow())
            .ToListAsync(cancellationToken);
        return [.. claimed];
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
