using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>A serious incident the provider reported (policy §10.4, §12), and the school's acknowledgement.</summary>
/// <param name="Id">The incident's id.</param>
/// <param name="OccurredAt">When it happened (ISO date-time with offset).</param>
/// <param name="Category">What kind of incident it was.</param>
/// <param name="Summary">What happened; says it is withheld when the reader may not see it.</param>
/// <param name="ActionTaken">What the provider did; left out when withheld.</param>
/// <param name="ReportedBy">Who reported it at the provider.</param>
/// <param name="ReportedAt">When it was reported (ISO date-time with offset).</param>
/// <param name="AcknowledgedAt">When the school acknowledged it (ISO date-time with offset); null until then.</param>
/// <param name="SchoolResponse">The school's action on acknowledging it; left out when withheld.</param>
/// <param name="DetailWithheld">True when the reader may not see what happened (safeguarding detail, KCSIE).</param>
public sealed record IncidentView(
    Guid Id, DateTimeOffset OccurredAt, IncidentCategory Category, string Summary, string? ActionTaken, string ReportedBy, DateTimeOffset ReportedAt,
    DateTimeOffset? AcknowledgedAt, string? SchoolResponse, bool DetailWithheld)
{
    public static IncidentView Of(Incident i) =>
        new(i.Id, i.OccurredAt, i.Category, i.Summary, i.ActionTaken, i.ReportedBy, i.ReportedAt, i.AcknowledgedAt, i.SchoolResponse, i.DetailWithheld);
}
