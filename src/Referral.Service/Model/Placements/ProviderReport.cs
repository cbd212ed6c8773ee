namespace APPlatform.Referrals.Model.Placements;

/// <summary>
/// Where a provider's termly report stands: requested (asked for, awaiting the provider), submitted (the provider sent
/// it).
/// </summary>
public enum ProviderReportStatus
{
    Requested,
    Submitted,
}

/// <summary>
/// The provider's termly report on the pupil's progress, behaviour and welfare (policy §12): requested for a term, due
/// on the term's last day, overdue after it, submitted by the provider through the gateway.
/// </summary>
public sealed class ProviderReport
{
    /// <summary>The report's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The placement reported on.</summary>
    public Guid PlacementId { get; init; }

    /// <summary>The pupil's school.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The provider asked for it.</summary>
    public Guid ProviderId { get; init; }

    /// <summary>The term it covers, by the school calendar's term name.</summary>
    public required string Term { get; init; }

    /// <summary>When it is due (ISO date): the term's last day; overdue after it.</summary>
    public DateOnly DueOn { get; init; }

    /// <summary>When it was requested (ISO date-time with offset).</summary>
    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>Requested or submitted.</summary>
    public ProviderReportStatus Status { get; private set; }

    /// <summary>The pupil's progress, in the provider's words.</summary>
    public string? Progress { get; private set; }

    /// <summary>The pupil's behaviour.</summary>
    public string? Behaviour { get; private set; }

    /// <summary>The pupil's welfare.</summary>
    public string? Welfare { get; private set; }

    /// <summary>The pupil's attendance, if the provider comments on it.</summary>
    public string? Attendance { get; private set; }

    /// <summary>Who at the provider submitted it.</summary>
    public string? SubmittedBy { get; private set; }

    /// <summary>When it was submitted (ISO date-time with offset).</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    public void Submit(string progress, string behaviour, string welfare, string? attendance, string submittedBy, DateTimeOffset now)
    {
        if (Status == ProviderReportStatus.Submitted)
        {
            throw new ServiceDefaults.Errors.StateConflictException($"The {Term} report was submitted on {SubmittedAt:yyyy-MM-dd}.");
        }

        (Progress, Behaviour, Welfare, Attendance, SubmittedBy, SubmittedAt, Status) =
            (progress, behaviour, welfare, attendance, submittedBy, now, ProviderReportStatus.Submitted);
    }
}
