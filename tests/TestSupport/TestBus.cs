using System.Collections.Concurrent;
using MassTransit;

namespace APPlatform.TestSupport;

/// <summary>
/// A bare MassTransit bus on the test's broker namespace: publishes messages as another service would, and listens
/// for the events a service under test publishes, on a queue of its own.
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl bus;

    private TestBus(IBusControl bus) => this.bus = bus;

    public static async Task<TestBus> StartAsync(string messagingConnection, string entityPrefix)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(messagingConnection));
            rabbit.MessageTopology.SetEntityNameFormatter(new PrefixEntityNameFormatter(rabbit.MessageTopology.EntityNameFormatter, entityPrefix));
        });
        await bus.StartAsync();
        return new TestBus(bus);
    }

    /// <summary>Publishes under the message's own type, so an event held as object (a test going through many types) travels as itself.</summary>
    public Task PublishAsync(object message, Guid? messageId = null) =>
        bus.Publish(message, message.GetType(), context => context.MessageId = messageId ?? context.MessageId);

    /// <summary>Collects every <typeparamref name="T"/> published from now on, with its message id.</summary>
    public async Task<IReadOnlyCollection<(Guid MessageId, T Message)>> SubscribeAsync<T>() where T : class
    {
        var received = new ConcurrentQueue<(Guid, T)>();
        var handle = bus.ConnectReceiveEndpoint(endpoint => endpoint.Handler<T>(context =>
        {
            received.Enqueue((context.MessageId ?? Guid.Empty, context.Message));
            return Task.CompletedTask;
        }));
        await handle.Ready;
        return received;
    }

    /// <summary>
    /// Collects the body of every message of <paramref name="types"/> published from now on, as it crossed the broker
    /// (the envelope with its headers, not the deserialized message), on one queue of its own.
    /// </summary>
    public async Task<IReadOnlyCollection<string>> CaptureBodiesAsync(IEnumerable<Type> types)
    {
        var bodies = new ConcurrentQueue<string>();
        var capture = typeof(TestBus).GetMethod(nameof(Capture), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var handle = bus.ConnectReceiveEndpoint(endpoint =>
        {
            foreach (var type in types)
            {
                capture.MakeGenericMethod(type).Invoke(null, [endpoint, bodies]);
            }
        });
        await handle.Ready;
        return bodies;
    }

    private static void Capture<T>(IReceiveEndpointConfigurator endpoint, ConcurrentQueue<string> bodies) where T : class =>
        endpoint.Handler<T>(context =>
        {
            bodies.Enqueue(context.ReceiveContext.Body.GetString());
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}
