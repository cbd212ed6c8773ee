namespace APPlatform.Notifications.Model;

/// <summary>An organisation's system, told over HTTPS of the events it chose that concern that organisation.</summary>
public sealed class Subscription
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    public required string Url { get; init; }

    /// <summary>Contract names, e.g. PlacementStarted.</summary>
    public required List<string> EventTypes { get; init; }

    /// <summary>The key each delivery is signed with (HMAC-SHA256). Kept to sign with; never shown again after registration.</summary>
    public required string Secret { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
