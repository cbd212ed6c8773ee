namespace APPlatform.Notifications.Model.Tests;

/// <summary>A rotated secret signs beside its predecessor for the overlap, then alone.</summary>
public sealed class SecretRotationTests
{
    private static readonly DateTimeOffset RotatedAt = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Overlap = TimeSpan.FromHours(24);

    [Fact]
    public void BothSecretsSignDuringTheOverlapTheNewOneFirst()
    {
        var subscription = Rotated();

        Assert.Equal(["new", "old"], subscription.SigningSecrets(RotatedAt + Overlap - TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void OnceTheOverlapIsOverOnlyTheNewSecretSigns()
    {
        var subscription = Rotated();

        Assert.Equal(["new"], subscription.SigningSecrets(RotatedAt + Overlap));
    }

    [Fact]
    public void ASecondRotationDuringTheOverlapLeavesOnlyTheLastTwoSigning()
    {
        var subscription = Rotated();

        subscription.Rotate("newest", RotatedAt + TimeSpan.FromHours(1), Overlap);

        Assert.Equal(["newest", "new"], subscription.SigningSecrets(RotatedAt + TimeSpan.FromHours(2)));
    }

    [Fact]
    public void WithoutAnOverlapTheNewSecretSignsAloneAtOnce()
    {
        var subscription = New();

        subscription.Rotate("new", RotatedAt, TimeSpan.Zero);

        Assert.Equal(["new"], subscription.SigningSecrets(RotatedAt));
        Assert.Null(subscription.PreviousSecretSignsUntil);
    }

    private static Subscription Rotated()
    {
        var subscription = New();
        subscription.Rotate("new", RotatedAt, Overlap);
        return subscription;
    }

    private static Subscription New() =>
        new() { Id = Guid.NewGuid(), Url = "https://receiver.example/hooks", EventTypes = ["PlacementStarted"], EncryptedSecret = "old" };
}
