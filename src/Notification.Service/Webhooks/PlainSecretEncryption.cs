using APPlatform.Notifications.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// Encrypts the secrets that subscriptions made before secrets were encrypted still hold as given: a start-up step,
/// not a migration, because only the running service has the key. Registered after the database's migrator, so it
/// runs on the migrated schema. Replicas starting together may both encrypt a row; either ciphertext is valid.
/// </summary>
public sealed class PlainSecretEncryption(IServiceScopeFactory scopes, SecretCipher cipher, ILogger<PlainSecretEncryption> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var plain = await db.Subscriptions.Where(s => s.EncryptedSecret != null && !s.EncryptedSecret.StartsWith(SecretCipher.Prefix))
            .ToListAsync(cancellationToken);
        foreach (var subscription in plain)
        {
            subscription.EncryptedSecret = cipher.Encrypt(subscription.EncryptedSecret!, subscription.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (plain.Count > 0)
        {
            logger.LogInformation("Encrypted the webhook secrets of {Count} subscription(s) stored before secrets were encrypted.", plain.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
