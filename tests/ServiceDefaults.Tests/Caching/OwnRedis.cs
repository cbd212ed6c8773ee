using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using APPlatform.TestSupport;
using StackExchange.Redis;

namespace APPlatform.ServiceDefaults.Tests.Caching;

/// <summary>
/// A redis-server of one test's own on a port chosen up front, so the test can point a service at it before it runs
/// (Redis down) and start it later (Redis back). Nothing is saved to disk.
/// </summary>
public sealed class OwnRedis : IDisposable
{
    private Process? process;

    public int Port { get; } = FreePort();

    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>Starts the server and returns once it answers PING.</summary>
    public async Task StartAsync()
    {
        string[] arguments = ["--port", $"{Port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
        process = Process.Start(new ProcessStartInfo("redis-server", arguments) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();

        using var client = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},abortConnect=false");
        await Eventually.Until(
            async () => client.IsConnected && await client.GetDatabase().PingAsync() > TimeSpan.Zero,
            answered => answered,
            because: "redis-server should answer once started");
    }

    public void Dispose()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
