namespace APPlatform.Contracts.Placements;

/// <summary>
/// The placement's review is due, or overdue when <paramref name="Overdue"/>. Each monitoring event names the
/// commissioner, who runs the placement: the school, or the local authority for provision it arranged.
/// </summary>
/// <param name="Kind">"agreement" (the parents' agreement, at least termly) or "off_site_direction" (at the governing board's interval).</param>
public sealed record PlacementReviewDue(
    Guid PlacementId, Guid SchoolId, Guid CommissionerId, Guid ProviderId, string Kind, DateOnly DueOn, bool Overdue, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// The provider's termly report (progress, behaviour, welfare) moved: requested, due, overdue or submitted.
/// </summary>
/// <param name="Stage">"requested", "due", "overdue" or "submitted".</param>
public sealed record ProviderReportStatusChanged(
    Guid ReportId, Guid PlacementId, Guid SchoolId, Guid CommissionerId, Guid ProviderId, string Term, DateOnly DueOn, string Stage, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A formal review meeting was held because progress was unsatisfactory; <paramref name="Count"/> without improvement so far.</summary>
public sealed record FormalReviewHeld(Guid PlacementId, Guid SchoolId, Guid CommissionerId, Guid ProviderId, int Count, bool Improved, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>Three formal reviews without improvement: the commissioner may now end the placement (trust policy §12).</summary>
public sealed record PlacementEndingAvailable(Guid PlacementId, Guid SchoolId, Guid CommissionerId, Guid ProviderId, int FormalReviews, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// The provider reported a serious incident; the school's AP lead and DSL read it in the platform. Carries no detail.
/// </summary>
/// <param name="Category">behaviour, injury, safeguarding, missing_from_education or other.</param>
public sealed record SeriousIncidentReported(
    Guid IncidentId, Guid PlacementId, Guid SchoolId, Guid CommissionerId, Guid ProviderId, string Category, DateTimeOffset OccurredAt) : IIntegrationEvent;
