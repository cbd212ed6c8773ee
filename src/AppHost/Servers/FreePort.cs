using System.Net;
using System.Net.Sockets;

namespace APPlatform.AppHost.Servers;

public static class FreePort
{
    /// <summary>Where the kernel gets ports for outgoing connections (Linux's default when it cannot be read).</summary>
    private static readonly int EphemeralStart = ReadEphemeralStart();

    /// <summary>
    /// A loopback port nothing listens on, from below the kernel's ephemeral range: a port is chosen when the model is
    /// built and bound only when its server starts, and meanwhile any outgoing connection could take an ephemeral one
    /// (RabbitMQ once failed to start on a distribution port a service's connection had taken).
    /// </summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(10_000, EphemeralStart);
            if (!IsInUse(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port between 10000 and {EphemeralStart}.");
    }

    public static bool IsInUse(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static int ReadEphemeralStart()
    {
        try
        {
            return int.Parse(File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0]);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return 32_768;
        }
    }
}
