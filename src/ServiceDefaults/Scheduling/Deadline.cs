namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// Work due at a future time (a document about to expire, a review due, a register cut-off), kept in the service's own
/// database because the broker has no delayed delivery. <see cref="DeadlineScanner{TContext}"/> hands it to the
/// <see cref="IDeadlineHandler"/> for its kind when it falls due, once.
/// </summary>
public sealed class Deadline
{
    public Guid Id { get; init; }

    /// <summary>Which handler runs it, e.g. "document-expiring".</summary>
    public required string Kind { get; init; }

    /// <summary>What it is about, unique per kind while pending, e.g. "{providerId}/insurance": rescheduling replaces it.</summary>
    public required string Subject { get; init; }

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Whatever the handler needs, as JSON.</summary>
    public string Payload { get; set; } = "{}";

    public DateTimeOffset? FiredAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
