using APPlatform.Referrals.Model.Suspensions;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>
/// A pupil's suspension. For more than five school days the school must arrange full-time education from day six
/// (EIA 2006 s100; trust policy §10.3): a deadline at day six checks that a placement has started by then.
/// </summary>
/// <param name="Id">The suspension's id.</param>
/// <param name="PupilId">The pupil suspended.</param>
/// <param name="SchoolId">The school that suspended the pupil.</param>
/// <param name="LocalAuthorityId">The school's local authority.</param>
/// <param name="FirstDay">The first school day of the suspension (ISO date).</param>
/// <param name="SchoolDays">How many school days it lasts; more than five brings the day-six duty (policy §10.3).</param>
/// <param name="DaySix">The sixth school day of the suspension, when it lasts more than five.</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record SuspensionView(
    Guid Id, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, DateOnly FirstDay, int SchoolDays, DateOnly? DaySix, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static SuspensionView Of(Suspension s) => new(s.Id, s.PupilId, s.SchoolId, s.LocalAuthorityId, s.FirstDay, s.SchoolDays, s.DaySix, s.RecordedBy, s.RecordedAt);
}
