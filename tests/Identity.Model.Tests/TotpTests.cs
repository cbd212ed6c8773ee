namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// The authenticator app the tests play computes what a real one does: RFC 6238's SHA-1 test vectors (Appendix B, the
/// last six of their eight digits), from the key as the set-up page shows it.
/// </summary>
public sealed class TotpTests
{
    /// <summary>RFC 6238's key, the ASCII "12345678901234567890", in base32.</summary>
    private const string Rfc6238Key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1111111111L, "050471")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    [InlineData(20000000000L, "353130")]
    public void TheCodeIsRfc6238s(long unixSeconds, string code) =>
        Assert.Equal(code, Totp.Code(Rfc6238Key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    /// <summary>The set-up page shows the key in lower case, in groups of four.</summary>
    [Fact]
    public void TheKeyAsThePageShowsItGivesTheSameCode() =>
        Assert.Equal("287082", Totp.Code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", DateTimeOffset.FromUnixTimeSeconds(59)));

    /// <summary>A code lasts one 30-second step: the step's first and last second agree, the next step's does not.</summary>
    [Fact]
    public void ACodeLastsThirtySeconds()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1111111110);

        Assert.Equal(Totp.Code(Rfc6238Key, at), Totp.Code(Rfc6238Key, at.AddSeconds(29)));
        Assert.NotEqual(Totp.Code(Rfc6238Key, at), Totp.Code(Rfc6238Key, at.AddSeconds(30)));
    }
}
