using System.Net;
using System.Net.Sockets;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// Where webhooks may go. Outside development, only to public addresses over HTTPS: checked when a subscription is
/// registered, and again on every connection, so a name that later resolves to an internal address reaches nothing.
/// </summary>
public static class ReceiverAddresses
{
    /// <summary>Why <paramref name="url"/> may not receive webhooks, or null if it may.</summary>
    public static async Task<string?> RefusalAsync(string url, bool allowLocal, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.UserInfo.Length > 0)
        {
            return "The URL must be an absolute http(s) address without credentials in it.";
        }

        if (allowLocal)
        {
            return null;
        }

        if (uri.Scheme != "https")
        {
            return "Webhooks are delivered over HTTPS only.";
        }

        IPAddress[] addresses;
        try
        {
            addresses = await ResolveAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{uri.Host}' could not be resolved.";
        }

        return addresses.Length == 0 || addresses.Any(a => !IsPublic(a))
            ? $"The host '{uri.Host}' is in a private, loopback or otherwise internal address range; webhooks go to public addresses only."
            : null;
    }

    /// <summary>Connects only to public addresses (unless local receivers are allowed): the delivery-time half of the check.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Connector(bool allowLocal) => async (context, cancellationToken) =>
    {
        var host = context.DnsEndPoint.Host;
        var addresses = await ResolveAsync(host, cancellationToken);
        var allowed = addresses.Where(a => allowLocal || IsPublic(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"'{host}' resolves only to private, loopback or internal addresses.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);

    /// <summary>Whether a webhook may go to <paramref name="address"/>: IPv6 addresses that carry an IPv4 one are judged by it.</summary>
    public static bool IsPublic(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return IsPublicIPv4(b);
        }

        if (IsNat64(b))
        {
            // A NAT64 gateway is the operator's own device, which reaches inward IPv4 as readily as outward; a receiver
            // on IPv4 registers that address or its name instead.
            return false;
        }

        return EmbeddedIPv4(b) is { } embedded
            ? IsPublicIPv4(embedded)
            : !address.IsIPv6LinkLocal && !address.IsIPv6SiteLocal && !address.IsIPv6Multicast && (b[0] & 0xFE) != 0xFC; // fc00::/7 unique local
    }

    /// <summary>64:ff9b::/96 (RFC 6052) and the local-use 64:ff9b:1::/48 (RFC 8215).</summary>
    private static bool IsNat64(byte[] b) =>
        b is [0x00, 0x64, 0xff, 0x9b, ..] && (b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0 || b[4..6] is [0x00, 0x01]);

    /// <summary>
    /// The IPv4 address the network may deliver an IPv6 one to: inside an IPv4-mapped (::ffff:0:0/96), an
    /// IPv4-compatible (::/96, which holds :: and ::1 too, judged as 0.0.0.0 and 0.0.0.1) or a 6to4 (2002::/16)
    /// address; null for any other.
    /// </summary>
    private static byte[]? EmbeddedIPv4(byte[] b)
    {
        if (b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && b[10..12] is [0xff, 0xff] or [0x00, 0x00])
        {
            return b[12..];
        }

        return b is [0x20, 0x02, ..] ? b[2..6] : null;
    }

    private static bool IsPublicIPv4(byte[] b) =>
        !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224                        // this network, private, loopback, multicast and reserved
          || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)                                 // carrier-grade NAT
          || (b[0] == 169 && b[1] == 254)                                               // link-local, cloud metadata
          || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
          || (b[0] == 192 && b[1] == 168)
          || (b[0] == 192 && b[1] == 0 && b[2] == 0)
          || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));                              // benchmarking
}
