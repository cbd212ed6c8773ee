using APPlatform.Contracts.Placements;
using APPlatform.Statutory.Attendance;

namespace APPlatform.Attendance.Model;

/// <summary>
/// Attendance.Service's own copy of a placement, kept from Referral.Service's events: which pupil attends which provider
/// on which sessions, from when until when, and how the home school registers them. With it the service accepts and
/// checks marks while Referral.Service is down.
/// </summary>
public sealed class Placement
{
    /// <summary>The placement's id, as Referral.Service gave it.</summary>
    public Guid PlacementId { get; init; }

    /// <summary>The pupil placed.</summary>
    public Guid PupilId { get; set; }

    /// <summary>The pupil's home school.</summary>
    public Guid SchoolId { get; set; }

    /// <summary>The school's local authority.</summary>
    public Guid? LocalAuthorityId { get; set; }

    /// <summary>The school, or the local authority that commissions the placement.</summary>
    public Guid CommissionerId { get; set; }

    /// <summary>The provider the pupil attends.</summary>
    public Guid ProviderId { get; set; }

    /// <summary>"dual" (D), "approved_activity" (B) or "la_arranged" (K).</summary>
    public string RegistrationMode { get; set; } = "";

    /// <summary>The first day (ISO date).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The planned end while it runs; the actual end once it has ended.</summary>
    public DateOnly? EndDate { get; set; }

    /// <summary>Whether the placement has ended.</summary>
    public bool HasEnded { get; set; }

    /// <summary>The weekly sessions at the provider.</summary>
    public List<TimetabledSession> Timetable { get; set; } = [];

    /// <summary>The timetable's hours a week.</summary>
    public decimal HoursPerWeek { get; set; }

    /// <summary>The home school's code for a session attended here (B, K or D), from the one rule Referral.Service also uses.</summary>
    public string AttendedCode => AttendedSessionCode.For(RegistrationMode);

    /// <summary>When the event this copy last applied happened: an older event arriving late is ignored.</summary>
    public DateTimeOffset AsOf { get; set; }

    /// <summary>
    /// Takes the placement's details from Referral.Service's event. An unknown registration mode is refused here, so the
    /// event is parked for someone to look at rather than its marks given a guessed code.
    /// </summary>
    public void Apply(PlacementDetails details, DateTimeOffset asOf)
    {
        if (!AttendedSessionCode.IsKnown(details.RegistrationMode))
        {
            throw new UnknownRegistrationModeException(details.RegistrationMode);
        }

        PupilId = details.PupilId;
        SchoolId = details.SchoolId;
        LocalAuthorityId = details.LocalAuthorityId;
        CommissionerId = details.CommissionerId;
        ProviderId = details.ProviderId;
        RegistrationMode = details.RegistrationMode;
        StartDate = details.StartDate;
        EndDate = details.PlannedEndDate;
        Timetable = details.Timetable.ToList();
        HoursPerWeek = details.HoursPerWeek;
        AsOf = asOf;
    }
}
