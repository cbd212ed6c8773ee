using APPlatform.ServiceDefaults.Messaging;
using APPlatform.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Tests.Messaging;

/// <summary>
/// A host wired exactly as a service is (AddMessaging with outbox, inbox and retries) around the test DbContext, with a
/// consumer that takes ProviderListed one at a time or, <c>inBatches</c>, a batch at a time.
/// </summary>
public sealed class MessagingHost : IAsyncDisposable
{
    private readonly IHost host;

    private MessagingHost(IHost host) => this.host = host;

    public DeliveryCounter Deliveries { get; } = new();

    public IBus Bus => host.Services.GetRequiredService<IBus>();

    public static async Task<MessagingHost> StartAsync(
        string databaseConnection, string messagingConnection, string entityPrefix, IReadOnlyDictionary<string, string?>? settings = null,
        bool inBatches = false)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:messaging"] = messagingConnection,
            ["Messaging:EntityPrefix"] = entityPrefix,
            ["Messaging:OutboxPollInterval"] = "00:00:00.500",
            ["Messaging:PublishTimeout"] = "00:00:03",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddDbContext<MessagingTestDbContext>(db => db.UseNpgsql(databaseConnection));
        builder.AddMessaging<MessagingTestDbContext>("test", bus =>
        {
            if (inBatches)
            {
                bus.AddConsumer<RecordingBatchConsumer>(consumer => consumer.Options<BatchOptions>(batch => batch.SetMessageLimit(10).SetTimeLimit(ms: 50)));
            }
            else
            {
                bus.AddConsumer<RecordingConsumer>();
            }
        });
        builder.Services.Configure<MassTransitHostOptions>(options => options.WaitUntilStarted = true);

        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>().Database.EnsureCreatedAsync();
        }

        var messagingHost = new MessagingHost(host);
        messagingHost.Bus.ConnectReceiveObserver(messagingHost.Deliveries);
        await host.StartAsync();
        return messagingHost;
    }

    /// <summary>Runs <paramref name="work"/> on a fresh DbContext, as one request of a service would.</summary>
    public async Task<T> WithDbAsync<T>(Func<MessagingTestDbContext, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MessagingTestDbContext>());
    }

    public Task WithDbAsync(Func<MessagingTestDbContext, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
