namespace APPlatform.ProviderDirectory.Model.Threshold;

/// <summary>The directory's read model of a placement, from Referral.Service's events: what the threshold count needs.</summary>
public sealed class PlacementAtProvider
{
    public Guid PlacementId { get; init; }

    public Guid ProviderId { get; set; }

    public DateOnly StartDate { get; set; }

    /// <summary>The planned end, or the actual end once the placement has ended.</summary>
    public DateOnly? EndDate { get; set; }

    public bool IsFullTime { get; set; }

    public bool IsLookedAfterOrEhcp { get; set; }

    public bool RunsDuringWeek(DateOnly monday) => StartDate <= monday.AddDays(6) && (EndDate is null || EndDate >= monday);
}

/// <summary>The level last announced for a provider (and the first week it applies to), so each rise is announced once.</summary>
public sealed class ThresholdAlert
{
    public Guid ProviderId { get; init; }

    public ThresholdLevel Level { get; set; }

    public DateOnly WeekStarting { get; set; }
}
