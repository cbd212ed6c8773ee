using System.Net;
using APPlatform.Notifications.Webhooks;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// Webhooks go only to public addresses over HTTPS (outside development). IPv6 addresses that carry an IPv4 one
/// (IPv4-mapped, IPv4-compatible, 6to4) are judged by the IPv4 address the network may deliver them to, and NAT64
/// addresses are refused outright: at registration and again on connection. The 400 a registration gets is
/// ReceiverSafetyAndFailedEmailTests' (Notification.Service.Tests).
/// </summary>
public sealed class ReceiverAddressTests
{
    [Theory]
    [InlineData("64:ff9b::a00:1")]            // NAT64 of 10.0.0.1
    [InlineData("64:ff9b::7f00:1")]           // NAT64 of 127.0.0.1
    [InlineData("64:ff9b::808:808")]          // NAT64 of a public address: the gateway itself is inside
    [InlineData("64:ff9b:1::1")]              // local-use NAT64
    [InlineData("64:ff9b:1:ffff::c0a8:101")]
    [InlineData("2002:7f00:1::1")]            // 6to4 of 127.0.0.1
    [InlineData("2002:a01:203::")]            // 6to4 of 10.1.2.3
    [InlineData("2002:a9fe:a9fe::1")]         // 6to4 of 169.254.169.254
    [InlineData("2002:c0a8:101:1::1")]        // 6to4 of 192.168.1.1
    [InlineData("::ffff:127.0.0.1")]          // IPv4-mapped
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("::ffff:100.64.0.1")]
    [InlineData("::127.0.0.1")]               // IPv4-compatible
    [InlineData("::10.0.0.1")]
    [InlineData("::172.16.0.1")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("10.0.0.1")]
    public void AnAddressCarryingAnInwardIPv4OrBehindNat64IsNotPublic(string address) =>
        Assert.False(ReceiverAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("2002:808:808::1")]           // 6to4 of 8.8.8.8
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("::8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("64:ff9c::a00:1")]            // beside the NAT64 prefix, not in it
    [InlineData("8.8.8.8")]
    public void AnAddressCarryingAPublicIPv4OrNoneIsPublic(string address) =>
        Assert.True(ReceiverAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://[64:ff9b::7f00:1]:9/hooks")]
    [InlineData("http://[2002:7f00:1::1]:9/hooks")]
    [InlineData("http://[::127.0.0.1]:9/hooks")]
    [InlineData("http://[::ffff:10.0.0.1]:9/hooks")]
    public async Task AConnectionToAnAddressCarryingAnInwardOneIsRefusedAtDelivery(string url)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectCallback = ReceiverAddresses.Connector(allowLocal: false) });

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(url, null));

        Assert.Contains("private, loopback or internal", refused.ToString());
    }

    [Theory]
    [InlineData("https://127.0.0.1/hooks")]
    [InlineData("https://10.1.2.3/hooks")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hooks")]
    [InlineData("https://[64:ff9b::a01:203]/hooks")]
    [InlineData("https://[64:ff9b:1::808:808]/hooks")]
    [InlineData("https://[2002:a01:203::1]/hooks")]
    [InlineData("https://[::ffff:7f00:1]/hooks")]
    [InlineData("https://[::a9fe:a9fe]/hooks")]
    public async Task AWebhookToAnInternalAddressIsRefusedAtRegistration(string url) =>
        Assert.Contains("private, loopback or otherwise internal", await ReceiverAddresses.RefusalAsync(url, allowLocal: false, Cancellation));

    [Theory]
    [InlineData("ftp://example.org/hooks", false, "absolute http(s) address without credentials")]
    [InlineData("/hooks", false, "absolute http(s) address without credentials")]
    [InlineData("https://user:password@8.8.8.8/hooks", false, "absolute http(s) address without credentials")]
    [InlineData("https://user:password@127.0.0.1/hooks", true, "absolute http(s) address without credentials")]
    [InlineData("http://8.8.8.8/hooks", false, "HTTPS only")]
    [InlineData("https://8.8.8.8/hooks", false, null)]
    [InlineData("http://127.0.0.1:5000/hooks", true, null)]
    public async Task AWebhookNeedsAnAbsoluteHttpsAddressWithoutCredentialsAndOnlyLocalDevelopmentTakesPlainHttp(
        string url, bool allowLocal, string? refusal)
    {
        var answer = await ReceiverAddresses.RefusalAsync(url, allowLocal, Cancellation);

        if (refusal is null)
        {
            Assert.Null(answer);
        }
        else
        {
            Assert.Contains(refusal, answer);
        }
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
}
