using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Gateway;
using APPlatform.Identity;
using APPlatform.Identity.Infrastructure;
using APPlatform.ProviderDirectory;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace APPlatform.Gateway.Tests;

/// <summary>
/// The real gateway in front of real Directory.Service replicas and the real identity provider, listening on loopback
/// ports, as the AppHost runs them. The identity provider runs in Development, so the demo clients of its
/// appsettings.Development.json get tokens, signed with the tests' key, whose public half the gateway and the replicas
/// (and every service under test) verify with.
/// </summary>
public sealed class GatewayUnderTest : IAsyncDisposable
{
    private GatewayUnderTest(
        ServiceApp<GatewayOptions> gateway, ServiceApp<IdentityServiceDbContext> identity, IReadOnlyList<ServiceApp<DirectoryDbContext>> directoryReplicas)
    {
        Gateway = gateway;
        Identity = identity;
        DirectoryReplicas = directoryReplicas;
    }

    public ServiceApp<GatewayOptions> Gateway { get; }

    public ServiceApp<IdentityServiceDbContext> Identity { get; }

    public IReadOnlyList<ServiceApp<DirectoryDbContext>> DirectoryReplicas { get; }

    public static async Task<GatewayUnderTest> StartAsync(
        TestServers servers, int directoryReplicas = 1, IReadOnlyDictionary<string, string?>? gatewaySettings = null,
        RequestCounter? counter = null, Action<IWebHostBuilder>? configureGateway = null)
    {
        var prefix = servers.NewEntityPrefix();
        var replicas = new List<ServiceApp<DirectoryDbContext>>();
        var database = await servers.CreateDatabaseAsync(DirectoryServiceExtensions.DatabaseName);
        for (var i = 0; i < directoryReplicas; i++)
        {
            replicas.Add(await servers.StartServiceOnDatabaseAsync<DirectoryDbContext>(
                DirectoryServiceExtensions.DatabaseName, database, prefix, kestrel: true, configure: counter?.CountRequestsOf($"directory-{i}")));
        }

        var identity = await SharedIdentityAsync(servers);
        var settings = new Dictionary<string, string?> { ["services:identity:http:0"] = identity.Address.ToString() };
        foreach (var (key, value) in gatewaySettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        for (var i = 0; i < replicas.Count; i++)
        {
            settings[$"services:directory:http:{i}"] = replicas[i].Address.ToString();
        }

        // Kestrel, not the in-memory test server, so its request limits apply as in production.
        return new GatewayUnderTest(TestServers.StartApp<GatewayOptions>(settings, kestrel: true, configureGateway), identity, replicas);
    }

    // One identity provider serves every gateway under test: it holds no state a test changes, and starting one (its
    // migrations, its demo people's password hashes) costs seconds.
    private static Task<ServiceApp<IdentityServiceDbContext>>? sharedIdentity;

    private static Task<ServiceApp<IdentityServiceDbContext>> SharedIdentityAsync(TestServers servers) =>
        LazyInitializer.EnsureInitialized(ref sharedIdentity, () => servers.StartServiceAsync<IdentityServiceDbContext>(
            IdentityServiceExtensions.DatabaseName, servers.NewEntityPrefix(),
            new Dictionary<string, string?> { ["Identity:SigningKey"] = TestAuthentication.SigningKeyPem }, kestrel: true));

    public async Task<HttpClient> ClientForAsync(string demoClient, string? scope = null)
    {
        var client = Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenForAsync(demoClient, scope));
        return client;
    }

    public async Task<string> TokenForAsync(string demoClient, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = demoClient,
            ["client_secret"] = $"{demoClient}-secret",
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }

        var response = await Gateway.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// Waits until the gateway's active health checks have seen every replica of the service healthy: on a busy machine a
    /// replica's first probe can time out and keep it out of rotation for a while.
    /// </summary>
    public Task WaitUntilEveryDestinationIsHealthyAsync(string service) =>
        Eventually.Until(
            () => Task.FromResult(ClusterOf(service) is { } cluster
                && cluster.Destinations.Values.All(destination => destination.Health.Active == DestinationHealth.Healthy)),
            healthy => healthy,
            because: $"every {service} replica should pass the gateway's health check");

    /// <summary>The replicas the gateway balances the service's requests across; a new object each time that set changes.</summary>
    public ClusterDestinationsState RotationOf(string service) =>
        (ClusterOf(service) ?? throw new InvalidOperationException($"The gateway has no cluster {service}.")).DestinationsState;

    private ClusterState? ClusterOf(string service) =>
        Gateway.Services.GetRequiredService<IProxyStateLookup>().TryGetCluster(service, out var cluster) ? cluster : null;

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var replica in DirectoryReplicas)
        {
            await replica.DisposeAsync();
        }
    }
}
