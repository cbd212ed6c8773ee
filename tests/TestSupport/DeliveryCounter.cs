using System.Collections.Concurrent;
using MassTransit;

namespace APPlatform.TestSupport;

/// <summary>Counts deliveries the endpoint finished with, including duplicates the inbox dropped without running the consumer.</summary>
public sealed class DeliveryCounter : IReceiveObserver
{
    private readonly ConcurrentDictionary<Guid, int> completed = new();

    public int Completed(Guid messageId) => completed.GetValueOrDefault(messageId);

    /// <summary>Waits until the endpoint has finished with <paramref name="count"/> deliveries of the message.</summary>
    public Task<int> WaitForAsync(Guid messageId, int count = 1) =>
        Eventually.Until(() => Task.FromResult(Completed(messageId)), n => n >= count,
            because: $"the endpoint should finish with {count} deliveries of message {messageId}");

    public Task PostReceive(ReceiveContext context)
    {
        if (context.GetMessageId() is { } id)
        {
            completed.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class =>
        Task.CompletedTask;

    public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
}
