namespace APPlatform.Referrals.Model.Attendance;

/// <summary>
/// Referral.Service's copy of a school's week of attendance at alternative provision, kept from Attendance.Service's
/// WeeklyAttendanceFigures so the trust report counts attendance without calling it. Counts only.
/// </summary>
public sealed class SchoolWeekAttendance
{
    public Guid SchoolId { get; init; }

    /// <summary>The week's Monday.</summary>
    public DateOnly WeekStarting { get; init; }

    public int SessionsPossible { get; set; }

    public int Attended { get; set; }

    public int AuthorisedAbsence { get; set; }

    public int UnauthorisedAbsence { get; set; }

    /// <summary>Absences still coded N when the figures were sent.</summary>
    public int Unexplained { get; set; }

    /// <summary>When Attendance.Service sent these figures: a week sent again replaces the older figures, never the newer.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
