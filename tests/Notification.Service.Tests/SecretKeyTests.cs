using APPlatform.Notifications.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Notifications.Tests;

/// <summary>
/// Webhook secrets are encrypted at rest with a configured key: the service does not start without one. Which keys
/// are valid, and the encryption itself, are SecretKeyTests' in Notification.Model.Tests.
/// </summary>
public sealed class SecretKeyTests(TestServers servers)
{
    [Fact]
    public async Task TheServiceDoesNotStartWithoutAKeyToEncryptSecretsWith()
    {
        var settings = new Dictionary<string, string?>(NotificationService.Settings) { ["Notification:Webhooks:SecretKey"] = null };

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            servers.StartServiceAsync<NotificationDbContext>(NotificationServiceExtensions.DatabaseName, servers.NewEntityPrefix(), settings));

        Assert.Contains("Notification:Webhooks:SecretKey must be base64 of a 256-bit key", failure.ToString());
    }
}
