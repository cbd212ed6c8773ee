using APPlatform.Identity.Clients;

namespace APPlatform.Identity.Model.Tests;

/// <summary>A client's secret is stored as a salted PBKDF2-SHA256 hash ("pbkdf2-sha256$iterations$salt$hash"), never itself.</summary>
public sealed class ClientSecretHasherTests
{
    private static readonly string Stored = ClientSecretHasher.Hash("la-portal-secret");

    [Fact]
    public void TheSecretMatchesItsHashAndNothingElseDoes() =>
        Assert.Equal((true, false, false),
            (ClientSecretHasher.Verify("la-portal-secret", Stored), ClientSecretHasher.Verify("la-portal-secreT", Stored), ClientSecretHasher.Verify("", Stored)));

    [Fact]
    public void TheHashIsSaltedPbkdf2WithAHundredThousandIterations()
    {
        Assert.Matches(@"^pbkdf2-sha256\$100000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$", Stored);
        Assert.DoesNotContain("la-portal-secret", Stored);
        Assert.NotEqual(Stored, ClientSecretHasher.Hash("la-portal-secret"));
    }

    [Theory]
    [InlineData("la-portal-secret")]
    [InlineData("")]
    [InlineData("sha256$100000$c2FsdA==$aGFzaA==")]
    [InlineData("pbkdf2-sha256$many$c2FsdA==$aGFzaA==")]
    public void AStoredValueThatIsNotSuchAHashMatchesNoSecret(string stored) =>
        Assert.False(ClientSecretHasher.Verify("la-portal-secret", stored));
}
