namespace APPlatform.Contracts.Placements;

/// <summary>A placement began: the pupil attends the provider from its start date.</summary>
public sealed record PlacementStarted(PlacementDetails Placement, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>A running placement's provider, timetable, hours, dates or flags changed; carries the placement as it now is.</summary>
public sealed record PlacementChanged(PlacementDetails Placement, DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>
/// A placement ended.
/// </summary>
/// <param name="Reason">reintegrated, completed, provider_change, three_failed_reviews, safeguarding, parent_withdrawal,
/// permanent_exclusion, left_school or time_limit.</param>
public sealed record PlacementEnded(
    Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid ProviderId, DateOnly EndDate, string Reason,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
