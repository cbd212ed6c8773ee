using APPlatform.Contracts.Providers;
using MassTransit;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Records each ProviderListed it handles as a row. A provider whose name starts with "fail-once" makes the first
/// attempt throw, as a consumer meeting a passing fault would.
/// </summary>
public sealed class RecordingConsumer(MessagingTestDbContext db) : IConsumer<ProviderListed>
{
    private static readonly HashSet<Guid> failedOnce = [];

    public async Task Consume(ConsumeContext<ProviderListed> context)
    {
        db.Effects.Add(new ConsumerEffect { MessageId = context.MessageId!.Value, ProviderId = context.Message.ProviderId });
        await db.SaveChangesAsync(context.CancellationToken);

        lock (failedOnce)
        {
            if (context.Message.Name.StartsWith("fail-once") && failedOnce.Add(context.Message.ProviderId))
            {
                throw new InvalidOperationException("A passing fault after the effect was written.");
            }
        }
    }
}
