using MassTransit;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Correlation;

/// <summary>
/// Restores the correlation id a message carries, so the consumer's log lines and the events it publishes in turn
/// (through the outbox) stay on the same thread of work.
/// </summary>
internal sealed class CorrelationConsumeFilter<T>(ILogger<CorrelationConsumeFilter<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var id = CorrelationId.Of(context);
        CorrelationId.Current = id;

        using (logger.BeginLogScope(id))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("correlationId");
}
