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

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var first = address.GetAddressBytes()[0];
            return !address.IsIPv6LinkLocal && !address.IsIPv6SiteLocal && !address.IsIPv6Multicast && (first & 0xFE) != 0xFC; // fc00::/7 unique local
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224                 // this network, private, loopback, multicast and reserved
                 || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)                          // carrier-grade NAT
                 || (b[0] == 169 && b[1] == 254)                                        // link-local, cloud metadata
                 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                 || (b[0] == 192 && b[1] == 168)
                 || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                 || (b[0] == 198 && (b[1] == 18 || b[1] == 19)));                       // benchmarking
    }
}
