namespace APPlatform.Referrals.Model.Suspensions;

/// <summary>
/// A pupil's suspension. For more than five school days the school must arrange full-time education from day six
/// (EIA 2006 s100; trust policy §10.3): a deadline at day six checks that a placement has started by then.
/// </summary>
public sealed class Suspension
{
    public Guid Id { get; init; }

    public Guid PupilId { get; init; }

    public Guid SchoolId { get; init; }

    public Guid? LocalAuthorityId { get; init; }

    public DateOnly FirstDay { get; init; }

    public int SchoolDays { get; init; }

    /// <summary>The sixth school day of the suspension, when it lasts more than five.</summary>
    public DateOnly? DaySix { get; init; }

    public Guid RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }
}
