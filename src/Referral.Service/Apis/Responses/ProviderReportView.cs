using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>A report the school asked the provider for (trust policy §10.6, §12): requested, then submitted.</summary>
/// <param name="Id">The report's id.</param>
/// <param name="PlacementId">The placement reported on.</param>
/// <param name="SchoolId">The pupil's school.</param>
/// <param name="ProviderId">The provider asked for it.</param>
/// <param name="Term">The term it covers, by the school calendar's term name.</param>
/// <param name="DueOn">When it is due (ISO date): the term's last day; overdue after it.</param>
/// <param name="RequestedAt">When it was requested (ISO date-time with offset).</param>
/// <param name="Status">Requested or submitted.</param>
/// <param name="Progress">The pupil's progress, in the provider's words.</param>
/// <param name="Behaviour">The pupil's behaviour.</param>
/// <param name="Welfare">The pupil's welfare.</param>
/// <param name="Attendance">The pupil's attendance, if the provider comments on it.</param>
/// <param name="SubmittedBy">Who at the provider submitted it.</param>
/// <param name="SubmittedAt">When it was submitted (ISO date-time with offset).</param>
public sealed record ProviderReportView(
    Guid Id, Guid PlacementId, Guid SchoolId, Guid ProviderId, string Term, DateOnly DueOn, DateTimeOffset RequestedAt, ProviderReportStatus Status,
    string? Progress, string? Behaviour, string? Welfare, string? Attendance, string? SubmittedBy, DateTimeOffset? SubmittedAt)
{
    public static ProviderReportView Of(ProviderReport r) => new(r.Id, r.PlacementId, r.SchoolId, r.ProviderId, r.Term, r.DueOn, r.RequestedAt, r.Status,
        r.Progress, r.Behaviour, r.Welfare, r.Attendance, r.SubmittedBy, r.SubmittedAt);
}
