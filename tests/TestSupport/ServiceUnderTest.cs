using System.Text.Json;
using APPlatform.Contracts;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using MassTransit;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.TestSupport;

/// <summary>
/// One service on its own database and broker namespace, shared by a test class: clients acting for any caller, and
/// its DbContext for what the API does not show. The service reads <see cref="Clock"/>, which a test moves forward to
/// make deadlines fall due, then runs them at once with <see cref="RunDueDeadlinesAsync"/>; what the service did is
/// read from its outbox (<see cref="QueuedEventsAsync{TEvent}"/>) and from the deliveries it finished
/// (<see cref="Deliveries"/>), so a test shows that something did not happen without waiting to see.
/// </summary>
public abstract class ServiceUnderTest<TContext>(TestServers servers, string databaseName, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
    where TContext : DbContext
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    public string EntityPrefix { get; } = servers.NewEntityPrefix();

    public TestServers Servers => servers;

    public ServiceApp<TContext> App { get; protected set; } = null!;

    /// <summary>The service's clock (for an app this class started): the system's until a test moves it on.</summary>
    public MovableClock Clock { get; } = new();

    /// <summary>Every delivery the service's consumers finished with, duplicates the inbox dropped included, by message id.</summary>
    public DeliveryCounter Deliveries { get; } = new();

    public virtual async ValueTask InitializeAsync()
    {
        App = await servers.StartServiceAsync<TContext>(databaseName, EntityPrefix, settings,
            configure: web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        App.Services.GetService<IBus>()?.ConnectReceiveObserver(Deliveries);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    public HttpClient As(TestCaller caller) => App.CreateClient(caller);

    public async Task<T> WithDbAsync<T>(Func<TContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>
    /// Runs every deadline due by the service's clock now, rather than at the scanner's next look; when it returns,
    /// their effects (and the events they queued) are committed. Returns how many this call ran.
    /// </summary>
    public Task<int> RunDueDeadlinesAsync() => App.Services.GetRequiredService<IDeadlineRunner>().RunDueNowAsync();

    /// <summary>
    /// Every <typeparamref name="TEvent"/> the service has raised, oldest first, published or not: its outbox holds each
    /// event from the commit of the change that raised it, so once that change has committed (the request answered, the
    /// message's delivery finished, the deadline run) an event not here was not raised.
    /// </summary>
    public Task<List<TEvent>> QueuedEventsAsync<TEvent>() where TEvent : IIntegrationEvent =>
        WithDbAsync(async db => (await db.Set<OutboxMessage>().Where(m => m.MessageType == typeof(TEvent).FullName).OrderBy(m => m.Id)
                .Select(m => m.Body).ToListAsync())
            .Select(body => JsonSerializer.Deserialize<TEvent>(body, EventJson)!).ToList());

    /// <summary>Waits until the service has finished with <paramref name="count"/> deliveries of the message <paramref name="messageId"/>.</summary>
    public Task WaitForDeliveriesAsync(Guid messageId, int count = 1) => Deliveries.WaitForAsync(messageId, count);
}
