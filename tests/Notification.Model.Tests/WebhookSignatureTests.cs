using System.Security.Cryptography;
using System.Text;
using APPlatform.Notifications.Webhooks;

namespace APPlatform.Notifications.Model.Tests;

/// <summary>
/// The APPlatform-Signature header, checked against values computed outside .NET (openssl dgst -sha256 -hmac) and
/// against the receiver's check that docs/notifications.md gives.
/// </summary>
public sealed class WebhookSignatureTests
{
    private const string Timestamp = "1764669600";
    private const string Body = """{"type":"PlacementStarted"}""";

    [Fact]
    public void TheSignatureIsV1AndTheHexHmacSha256OfTimestampDotBodyKeyedWithTheWholeSecret() =>
        Assert.Equal("v1=6bfc6165e34bf64b2df997a0289ccd951135b99a0b3ddb26dde026ceace2a9a0", WebhookSignature.Of(Timestamp, Body, ["whsec_known"]));

    [Fact]
    public void DuringARotationsOverlapBothSecretsSignTheNewOneFirst() =>
        Assert.Equal(
            "v1=6bfc6165e34bf64b2df997a0289ccd951135b99a0b3ddb26dde026ceace2a9a0,v1=a145e76c92ec422279ffe8d79d22e925166050debdffa1992c3dfcc68491c994",
            WebhookSignature.Of(Timestamp, Body, ["whsec_known", "whsec_previous"]));

    [Theory]
    [InlineData("whsec_known", Timestamp, Body, true)]
    [InlineData("whsec_previous", Timestamp, Body, true)]
    [InlineData("whsec_other", Timestamp, Body, false)]
    [InlineData("whsec_known", "1764669601", Body, false)]
    [InlineData("whsec_known", Timestamp, """{"type":"PlacementEnded"}""", false)]
    public void AReceiverHoldingEitherSecretVerifiesTheDeliveryButNotAnotherSecretTimeOrBody(string secret, string timestamp, string body, bool valid)
    {
        var header = WebhookSignature.Of(Timestamp, Body, ["whsec_known", "whsec_previous"]);

        var expected = Encoding.ASCII.GetBytes("v1=" + Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"))));
        Assert.Equal(valid, header.Split(',').Any(entry => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(entry))));
    }
}
