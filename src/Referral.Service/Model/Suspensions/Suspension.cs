namespace APPlatform.Referrals.Model.Suspensions;

/// <summary>
/// A pupil's suspension. For more than five school days the school must arrange full-time education from day six
/// (EIA 2006 s100; trust policy §10.3): a deadline at day six checks that a placement has started by then.
/// </summary>
public sealed class Suspension
{
    /// <summary>The suspension's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The pupil suspended.</summary>
    public Guid PupilId { get; init; }

    /// <summary>The school that suspended the pupil.</summary>
    public Guid SchoolId { get; init; }

    /// <summary>The school's local authority.</summary>
    public Guid? LocalAuthorityId { get; init; }

    /// <summary>The first school day of the suspension (ISO date).</summary>
    public DateOnly FirstDay { get; init; }

    /// <summary>How many school days it lasts; more than five brings the day-six duty (policy §10.3).</summary>
    public int SchoolDays { get; init; }

    /// <summary>The sixth school day of the suspension, when it lasts more than five.</summary>
    public DateOnly? DaySix { get; init; }

    /// <summary>The organisation that recorded it.</summary>
    public Guid RecordedBy { get; init; }

    /// <summary>When it was recorded (ISO date-time with offset).</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
