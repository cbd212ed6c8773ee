using System.Net.Http.Json;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using APPlatform.ServiceDefaults.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.TestSupport;

/// <summary>
/// One service running in the test process on its real pipeline, against real PostgreSQL, RabbitMQ and Redis: its own
/// fresh database, and a broker namespace it shares with the other apps of the same test, so they exchange events
/// with each other and with nothing else. <typeparamref name="TMarker"/> is any public type from the service's assembly
/// (its DbContext; GatewayOptions for the gateway).
/// </summary>
public sealed class ServiceApp<TMarker> : WebApplicationFactory<TMarker>
    where TMarker : class
{
    private readonly IReadOnlyDictionary<string, string?> settings;
    private readonly Action<IWebHostBuilder>? configure;
    private readonly bool useKestrel;
    // Only the host's own errors ("Hosting failed to start"), not every line the service writes.
    private readonly CapturedLogs hostErrors = new("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Error);

    internal ServiceApp(IReadOnlyDictionary<string, string?> settings, bool useKestrel, Action<IWebHostBuilder>? configure)
    {
        this.settings = settings;
        this.configure = configure;
        this.useKestrel = useKestrel;
        if (useKestrel)
        {
            // No port here: UseKestrel(port) rewrites the addresses after the host is built, which can race its start.
            UseKestrel();
        }
    }

    /// <summary>The app's base address once started; with Kestrel, a real loopback address other processes can call.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public HttpClient CreateClient(TestCaller caller) => CreateClient().As(caller);

    /// <summary>
    /// Starts the app and waits until /health reports its database and broker Healthy, the broker's receive endpoints
    /// included (RabbitMQ drops a message published before the queue it should reach is bound). The cache is not
    /// waited for: a service works without it.
    /// </summary>
    public async Task<ServiceApp<TMarker>> WaitUntilReadyAsync()
    {
        var client = CreateClient();
        await Eventually.Until(
            async () => (await client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("checks").EnumerateObject()
                .Where(check => check.Name != CacheExtensions.HealthCheckName)
                .All(check => check.Value.GetProperty("status").GetString() == "Healthy"),
            ready => ready,
            because: $"{typeof(TMarker).Assembly.GetName().Name} should become ready");
        return this;
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(hostErrors));
        try
        {
            return base.CreateHost(builder);
        }
        catch (ObjectDisposedException) when (hostErrors.Lines.Select(line => line.Exception).FirstOrDefault(e => e is not null) is { } failure)
        {
            // The app failed to start and its entry point disposed the host before WebApplicationFactory's DeferredHost
            // read the host's lifetime (a race in Microsoft.AspNetCore.Mvc.Testing): the failure is what the host logged.
            ExceptionDispatchInfo.Throw(failure);
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (useKestrel)
        {
            builder.UseUrls("http://127.0.0.1:0");
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        configure?.Invoke(builder);
    }
}
