namespace APPlatform.Notifications.Model;

/// <summary>
/// What one rule told one organisation about one event: an item in that organisation's inbox, with the emails sent
/// for it to the people the organisation named for the rule's role.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The rule that decided it, e.g. "absence-reported" (see <see cref="Rules.NotificationRules"/>).</summary>
    public required string Rule { get; init; }

    /// <summary>Who in the organisation it is for, e.g. "attendance_lead" (see <see cref="Rules.Roles"/>).</summary>
    public required string Role { get; init; }

    public Guid EventId { get; init; }

    public required string EventType { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    /// <summary>Where in the platform to act on it, e.g. /api/attendance/cases/{id}.</summary>
    public string? Link { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    public List<Delivery> Deliveries { get; init; } = [];
}
