using APPlatform.Contracts.Providers;
using MassTransit;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Records each ProviderListed it handles as a row. A provider whose name starts with "fail-once" makes the first
/// attempt throw, as a consumer meeting a passing fault would.
/// </summary>
public sealed class RecordingConsumer(MessagingTestDbContext db) : IConsumer<ProviderListed>
{
    public Task Consume(ConsumeContext<ProviderListed> context) => Recording.RecordAsync(db, [context], context.CancellationToken);
}

/// <summary>The same, for a batch consumer: records every message of the batch, then throws if any asks to fail once.</summary>
public sealed class RecordingBatchConsumer(MessagingTestDbContext db) : IConsumer<Batch<ProviderListed>>
{
    public Task Consume(ConsumeContext<Batch<ProviderListed>> context) => Recording.RecordAsync(db, context.Message, context.CancellationToken);
}

internal static class Recording
{
    private static readonly HashSet<Guid> failedOnce = [];

    public static async Task RecordAsync(MessagingTestDbContext db, IEnumerable<ConsumeContext<ProviderListed>> messages, CancellationToken cancellationToken)
    {
        var handled = messages.ToList();
        db.Effects.AddRange(handled.Select(m => new ConsumerEffect { MessageId = m.MessageId!.Value, ProviderId = m.Message.ProviderId }));
        await db.SaveChangesAsync(cancellationToken);

        lock (failedOnce)
        {
            if (handled.Any(m => m.Message.Name.StartsWith("fail-once") && failedOnce.Add(m.Message.ProviderId)))
            {
                throw new InvalidOperationException("A passing fault after the effect was written.");
            }
        }
    }
}
