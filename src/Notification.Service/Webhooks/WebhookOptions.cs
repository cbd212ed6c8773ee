namespace APPlatform.Notifications.Webhooks;

/// <summary>
/// The webhooks' secrets (how they are kept and rotated) and how often an organisation may replay deliveries.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Notification:Webhooks";

    /// <summary>Base64 of 32 random bytes: the AES-256-GCM key the subscriptions' secrets are encrypted with at rest.</summary>
    public string? SecretKey { get; set; }

    /// <summary>
    /// After a rotation the previous secret signs beside the new one for this long, so a receiver can switch without
    /// refusing a delivery.
    /// </summary>
    public TimeSpan RotationOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Replays one organisation may ask for per <see cref="ReplayWindow"/>, emails and webhooks together.</summary>
    public int ReplaysPerWindow { get; set; } = 60;

    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(1);
}
