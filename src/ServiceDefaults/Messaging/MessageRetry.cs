using APPlatform.ServiceDefaults.Errors;
using MassTransit;

namespace APPlatform.ServiceDefaults.Messaging;

internal static class MessageRetry
{
    /// <summary>
    /// A dependency outage (database, cache) holds the message and retries for about 25 minutes, inside RabbitMQ's
    /// 30-minute consumer timeout, so the work waits for the dependency rather than failing. Any other error is retried
    /// briefly and then the message is moved to the endpoint's _error queue for a person to look at and replay.
    /// </summary>
    public static void UsePlatformRetry(this IConsumePipeConfigurator endpoint)
    {
        endpoint.UseMessageRetry(retry =>
        {
            retry.Handle<Exception>(TransientFailure.IsTransient);
            retry.Exponential(50, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1));
        });
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<Exception>(TransientFailure.IsTransient);
            retry.Intervals(100, 500, 2000);
        });
    }
}
