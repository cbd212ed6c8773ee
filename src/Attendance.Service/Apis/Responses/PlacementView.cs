using APPlatform.Attendance.Model;
using APPlatform.Contracts.Placements;

namespace APPlatform.Attendance.Apis.Responses;

/// <summary>
/// A placement as Attendance.Service keeps it from Referral.Service's events: which pupil attends which provider on
/// which sessions, from when until when, and how the home school registers them.
/// </summary>
/// <param name="PlacementId">The placement's id, as Referral.Service gave it.</param>
/// <param name="PupilId">The pupil placed.</param>
/// <param name="SchoolId">The pupil's home school.</param>
/// <param name="LocalAuthorityId">The school's local authority.</param>
/// <param name="CommissionerId">The school, or the local authority that commissions the placement.</param>
/// <param name="ProviderId">The provider the pupil attends.</param>
/// <param name="RegistrationMode">"dual" (D), "approved_activity" (B) or "la_arranged" (K).</param>
/// <param name="StartDate">The first day (ISO date).</param>
/// <param name="EndDate">The planned end while it runs; the actual end once it has ended.</param>
/// <param name="HasEnded">Whether the placement has ended.</param>
/// <param name="Timetable">The weekly sessions at the provider.</param>
/// <param name="HoursPerWeek">The timetable's hours a week.</param>
/// <param name="AsOf">When the event this copy last applied happened (ISO date-time with offset).</param>
public sealed record PlacementView(
    Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, Guid CommissionerId, Guid ProviderId, string RegistrationMode, DateOnly StartDate,
    DateOnly? EndDate, bool HasEnded, List<TimetabledSession> Timetable, decimal HoursPerWeek, DateTimeOffset AsOf)
{
    public static PlacementView Of(Placement p) => new(p.PlacementId, p.PupilId, p.SchoolId, p.LocalAuthorityId, p.CommissionerId, p.ProviderId,
        p.RegistrationMode, p.StartDate, p.EndDate, p.HasEnded, p.Timetable, p.HoursPerWeek, p.AsOf);
}
