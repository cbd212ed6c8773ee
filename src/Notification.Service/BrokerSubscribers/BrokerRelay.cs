using System.Collections.Concurrent;
using System.Text;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Sending;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace APPlatform.Notifications.BrokerSubscribers;

/// <summary>
/// Relays a broker delivery into its subscriber's virtual host: published, persistent and mandatory, to one durable
/// topic exchange there (<see cref="Exchange"/>) with the event's type as the routing key, and confirmed by the
/// broker. A message no queue of the subscriber's takes is returned, and the attempt fails like a webhook whose
/// receiver is down, so it is retried and then parked, never dropped. One connection per virtual host, kept open.
/// </summary>
public sealed class BrokerRelay(IConfiguration configuration) : IAsyncDisposable
{
    public const string Exchange = "applatform.events";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly Uri broker = PlatformBroker.Uri(configuration);
    private readonly ConcurrentDictionary<string, Lazy<Task<IConnection>>> connections = new();

    /// <summary>Declares the exchange in a new subscriber's virtual host, so the subscriber can bind its queues before any event.</summary>
    public Task PrepareAsync(string virtualHost, CancellationToken cancellationToken) =>
        WithChannelAsync(virtualHost,
            (channel, token) => channel.ExchangeDeclareAsync(Exchange, ExchangeType.Topic, durable: true, cancellationToken: token),
            cancellationToken);

    public Task SendAsync(Delivery delivery, CancellationToken cancellationToken) =>
        WithChannelAsync(delivery.Target, async (channel, token) =>
        {
            var properties = new BasicProperties
            {
                MessageId = delivery.EventId.ToString(),
                Type = delivery.EventType,
                ContentType = "application/json",
                DeliveryMode = DeliveryModes.Persistent,
                Headers = new Dictionary<string, object?> { ["APPlatform-Delivery-Id"] = delivery.Id.ToString() },
            };
            await channel.BasicPublishAsync(
                Exchange, delivery.EventType, mandatory: true, properties, Encoding.UTF8.GetBytes(delivery.Body), token);
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            await connection.Value.Result.DisposeAsync();
        }
    }

    private async Task WithChannelAsync(string virtualHost, Func<IChannel, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            var connection = await ConnectionAsync(virtualHost, timeout.Token);
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), timeout.Token);
            await work(channel, timeout.Token);
        }
        catch (PublishException exception)
        {
            throw new DeliveryFailedException(exception.IsReturn
                ? $"No queue in {virtualHost} is bound to {Exchange} for this event type: bind one, and the next attempt delivers."
                : $"A queue in {virtualHost} refused the message (full: read it, and the next attempt delivers).", exception);
        }
        catch (Exception exception) when (exception is RabbitMQClientException or IOException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Forget(virtualHost);
            throw new DeliveryFailedException($"The broker did not take the message into {virtualHost}: {exception.Message}", exception);
        }
    }

    private async Task<IConnection> ConnectionAsync(string virtualHost, CancellationToken cancellationToken)
    {
        var connection = await connections.GetOrAdd(virtualHost, Open).Value.WaitAsync(cancellationToken);
        if (connection.IsOpen)
        {
            return connection;
        }

        Forget(virtualHost);
        return await connections.GetOrAdd(virtualHost, Open).Value.WaitAsync(cancellationToken);
    }

    /// <summary>Opened once however many attempts ask at once; the factory's own recovery is off, since a failed attempt reopens.</summary>
    private Lazy<Task<IConnection>> Open(string virtualHost) => new(() =>
        new ConnectionFactory
        {
            Uri = new UriBuilder(broker) { Path = Uri.EscapeDataString(virtualHost) }.Uri,
            ClientProvidedName = "notification-broker-relay",
            AutomaticRecoveryEnabled = false,
        }.CreateConnectionAsync());

    /// <summary>A failed connection (or one whose open failed) is dropped, so the next attempt opens afresh.</summary>
    private void Forget(string virtualHost)
    {
        if (connections.TryRemove(virtualHost, out var dropped) && dropped.IsValueCreated && dropped.Value.IsCompletedSuccessfully)
        {
            _ = dropped.Value.Result.DisposeAsync().AsTask();
        }
    }
}
