namespace APPlatform.Referrals.Model.Placements;

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
    public Guid Id { get; init; }

    public Guid PlacementId { get; init; }

    public Guid SchoolId { get; init; }

    public Guid ProviderId { get; init; }

    public required string Term { get; init; }

    public DateOnly DueOn { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public ProviderReportStatus Status { get; private set; }

    public string? Progress { get; private set; }

    public string? Behaviour { get; private set; }

    public string? Welfare { get; private set; }

    public string? Attendance { get; private set; }

    public string? SubmittedBy { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public void Submit(string progress, string behaviour, string welfare, string? attendance, string submittedBy, DateTimeOffset now)
    {
        if (Status == ProviderReportStatus.Submitted)
        {
            throw new ServiceDefaults.Errors.BusinessRuleException($"The {Term} report was submitted on {SubmittedAt:yyyy-MM-dd}.");
        }

        (Progress, Behaviour, Welfare, Attendance, SubmittedBy, SubmittedAt, Status) =
            (progress, behaviour, welfare, attendance, submittedBy, now, ProviderReportStatus.Submitted);
    }
}
