using APPlatform.Attendance.Model;
using APPlatform.Contracts.Placements;
using APPlatform.Statutory.Attendance;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>Placements and marks as the rules see them.</summary>
internal static class Placements
{
    /// <summary>A placement timetabled Monday to Wednesday mornings and Monday afternoons.</summary>
    public static Placement Running(DateOnly start, DateOnly? end = null, bool ended = false, string registrationMode = RegistrationModes.ApprovedActivity) => new()
    {
        PlacementId = Guid.NewGuid(),
        RegistrationMode = registrationMode,
        StartDate = start,
        EndDate = end,
        HasEnded = ended,
        Timetable =
        [
            Session(DayOfWeek.Monday, "AM"), Session(DayOfWeek.Tuesday, "AM"), Session(DayOfWeek.Wednesday, "AM"), Session(DayOfWeek.Monday, "PM"),
        ],
    };

    public static MarkFacts Mark(DateOnly date, MarkStatus status, string code = AbsenceCodes.NoReasonYet) => new(Guid.Empty, date, status, code);

    private static TimetabledSession Session(DayOfWeek day, string session) =>
        new(day, session, session == "AM" ? new TimeOnly(9, 0) : new TimeOnly(13, 0), session == "AM" ? new TimeOnly(12, 0) : new TimeOnly(15, 0));
}
