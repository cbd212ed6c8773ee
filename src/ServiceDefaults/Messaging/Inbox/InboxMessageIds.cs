using System.Reflection;
using MassTransit;
using MassTransit.Batching;
using MassTransit.Context;

namespace APPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// The message ids the inbox records for what a consumer is handed: one message, or each message of a
/// <see cref="Batch{T}"/> (a batch consumer's), so each message of a batch has its effect once as a lone one does.
/// </summary>
internal static class InboxMessageIds<T>
    where T : class
{
    /// <summary>Set when <typeparamref name="T"/> is <c>Batch&lt;TMessage&gt;</c>: hands the consumer only the messages claimed.</summary>
    private static readonly Func<ConsumeContext<T>, IReadOnlySet<Guid>, ConsumeContext<T>>? keepInBatch =
        typeof(T).IsGenericType && typeof(T).GetGenericTypeDefinition() == typeof(Batch<>)
            ? typeof(InboxMessageIds<T>).GetMethod(nameof(Keep), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T).GetGenericArguments())
                .CreateDelegate<Func<ConsumeContext<T>, IReadOnlySet<Guid>, ConsumeContext<T>>>()
            : null;

    public static IReadOnlyCollection<Guid> Of(ConsumeContext<T> context) =>
        keepInBatch is null
            ? [IdOf(context)]
            : [.. ((IEnumerable<ConsumeContext>)context.Message).Select(IdOf).Distinct()];

    /// <summary>The context to hand on when only <paramref name="claimed"/> of the messages in it are first deliveries.</summary>
    public static ConsumeContext<T> Only(ConsumeContext<T> context, IReadOnlySet<Guid> claimed) =>
        keepInBatch is null ? context : keepInBatch(context, claimed);

    private static Guid IdOf(ConsumeContext context) =>
        context.MessageId ?? throw new InvalidOperationException("The message has no MessageId, so a redelivery could not be recognised.");

    private static ConsumeContext<Batch<TMessage>> Keep<TMessage>(ConsumeContext<Batch<TMessage>> context, IReadOnlySet<Guid> claimed)
        where TMessage : class
    {
        var batch = context.Message;
        var kept = batch.Where(message => claimed.Contains(IdOf(message))).DistinctBy(IdOf).ToList();
        return kept.Count == batch.Length
            ? context
            : new BatchConsumeContext<TMessage>(context, new MessageBatch<TMessage>(batch.FirstMessageReceived, batch.LastMessageReceived, batch.Mode, kept));
    }
}
