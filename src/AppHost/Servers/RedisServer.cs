using System.Net.Sockets;
using System.Text;

namespace APPlatform.AppHost.Servers;

/// <summary>Redis from the installed Debian package, persisting to its data directory (append-only file and snapshots).</summary>
public sealed class RedisServer(LocalServerOptions options) : LocalServer("cache", options)
{
    private const string ServerBinary = "/usr/bin/redis-server";

    public override string ConnectionString => $"127.0.0.1:{Port}";

    protected override string PidFile => Path.Combine(Options.DataDirectory, "redis.pid");

    protected override string ProcessMarker => "redis-server";

    protected override Task PrepareAsync(CancellationToken cancellationToken) =>
        File.Exists(ServerBinary)
            ? Task.CompletedTask
            : throw new FileNotFoundException("Redis is not installed (run scripts/install-prerequisites.sh).", ServerBinary);

    protected override (string, IEnumerable<string>, IReadOnlyDictionary<string, string>?) Command() =>
    (
        ServerBinary,
        [
            "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", Options.DataDirectory, "--daemonize", "no",
            "--pidfile", PidFile, "--appendonly", Options.Durable ? "yes" : "no", "--save", Options.Durable ? "60 1" : "",
        ],
        null
    );

    protected override async Task<bool> IsReadyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray(), cancellationToken);
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply, cancellationToken);
            return Encoding.ASCII.GetString(reply, 0, read).StartsWith("+PONG");
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
