using APPlatform.TestSupport;

namespace APPlatform.Gateway.Tests;

/// <summary>
/// The gateway with its default settings in front of one directory replica, started once for a test class whose tests
/// change nothing in it: each start is a gateway, a replica and a database migrated, seconds of a busy machine.
/// </summary>
public sealed class SharedGateway(TestServers servers) : IAsyncLifetime
{
    public GatewayUnderTest System { get; private set; } = null!;

    public async ValueTask InitializeAsync() => System = await GatewayUnderTest.StartAsync(servers);

    public ValueTask DisposeAsync() => System.DisposeAsync();
}
