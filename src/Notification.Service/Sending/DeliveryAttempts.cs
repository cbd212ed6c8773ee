using System.Security.Cryptography;
using APPlatform.Notifications.BrokerSubscribers;
using APPlatform.Notifications.Infrastructure;
using APPlatform.Notifications.Model;
using APPlatform.Notifications.Webhooks;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Options;

namespace APPlatform.Notifications.Sending;

/// <summary>
/// Tries a delivery when its deadline falls due: sent, or failed with the reason and a next attempt after the
/// configured delay, or parked once the delays run out. The outcome commits with the deadline, so an attempt is
/// recorded once even with several replicas (the deadline is claimed with SKIP LOCKED).
/// </summary>
public sealed class DeliveryAttempts(
    NotificationDbContext db, EmailSender email, WebhookSender webhooks, BrokerRelay relay, SecretCipher cipher, IOptions<DeliveryOptions> options,
    TimeProvider clock)
    : IDeadlineHandler
{
    public const string DeadlineKind = "delivery";

    public string Kind => DeadlineKind;

    public bool ActsOutsideTheDatabase => true;

    /// <summary>Adds the delivery and its first attempt, due now, to this unit of work.</summary>
    public static void Queue(NotificationDbContext db, Delivery delivery)
    {
        db.Deliveries.Add(delivery);
        Schedule(db, delivery, delivery.CreatedAt);
    }

    /// <summary>Puts a parked or sent delivery back on its way, with the whole retry period ahead of it.</summary>
    public static void Replay(NotificationDbContext db, Delivery delivery, DateTimeOffset now)
    {
        delivery.Replay(now);
        Schedule(db, delivery, now);
    }

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.FindAsync([deadline.PayloadAs<Attempt>().DeliveryId], cancellationToken);
        if (delivery is null || delivery.Status is DeliveryStatus.Sent or DeliveryStatus.Failed)
        {
            return;
        }

        try
        {
            await SendAsync(delivery, cancellationToken);
            delivery.Succeeded(clock.GetUtcNow());
        }
        catch (DeliveryFailedException failure)
        {
            if (delivery.Failed(failure.Message, clock.GetUtcNow(), options.Value.Retries) is { } next)
            {
                Schedule(db, delivery, next);
            }
        }
    }

    private async Task SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.Channel == DeliveryChannel.Email)
        {
            await email.SendAsync(delivery, cancellationToken);
            return;
        }

        var subscription = await db.Subscriptions.FindAsync([delivery.SubscriptionId], cancellationToken)
            ?? throw new DeliveryFailedException("The subscription was deleted.");
        if (delivery.Channel == DeliveryChannel.Broker)
        {
            await relay.SendAsync(delivery, cancellationToken);
            return;
        }

        await webhooks.SendAsync(delivery, SigningSecrets(subscription), cancellationToken);
    }

    /// <summary>
    /// A current secret that does not decrypt (the key was changed) fails the attempt with the reason, where its owner
    /// sees it, rather than failing the deadline out of sight; rotating the secret mends it, since a previous secret
    /// that does not decrypt is left out and the new one signs alone.
    /// </summary>
    private List<string> SigningSecrets(Subscription subscription)
    {
        var secrets = new List<string>();
        foreach (var secret in subscription.SigningSecrets(clock.GetUtcNow()))
        {
            try
            {
                secrets.Add(cipher.Decrypt(secret, subscription.Id));
            }
            catch (CryptographicException exception) when (secrets.Count == 0)
            {
                throw new DeliveryFailedException(
                    $"The subscription's secret does not decrypt with {WebhookOptions.SectionName}:SecretKey; rotate the secret.", exception);
            }
            catch (CryptographicException)
            {
                // The previous secret only eases a rotation: without it the new one signs alone.
            }
        }

        return secrets;
    }

    /// <summary>One deadline per attempt: the subject names the attempt, so scheduling the next never meets the one running.</summary>
    private static void Schedule(NotificationDbContext db, Delivery delivery, DateTimeOffset at) =>
        db.AddDeadline(DeadlineKind, $"{delivery.Id}/{delivery.Attempts}", at, new Attempt(delivery.Id));

    private sealed record Attempt(Guid DeliveryId);
}
