namespace APPlatform.AppHost.Servers;

/// <summary>
/// A PostgreSQL, RabbitMQ or Redis server started from the machine's installed binaries (Testcontainers' and Aspire's
/// container role, without Docker). Used by the AppHost and, through tests/TestSupport, by the tests.
/// </summary>
public interface ILocalServer : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The loopback port clients connect to.</summary>
    int Port { get; }

    /// <summary>In the format Aspire passes as ConnectionStrings__&lt;name&gt;; valid once started.</summary>
    string ConnectionString { get; }

    /// <summary>Starts the server (stopping any stale instance left on the same data first) and returns once it accepts connections.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops the server and every process it started. Safe to call twice, or before a start.</summary>
    Task StopAsync();
}
