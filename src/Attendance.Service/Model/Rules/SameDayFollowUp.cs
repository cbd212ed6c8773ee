using APPlatform.ServiceDefaults.Time;

namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// An absence is followed up (the family contacted) the day it happens: by <paramref name="By"/> that day in England,
/// or <paramref name="Within"/> after it is reported if that is later; a case still unexplained then is announced.
/// </summary>
/// <remarks>Trust policy §10.6: the Attendance Lead receives absences daily and follows up every unauthorised absence the same day.</remarks>
public sealed record SameDayFollowUp(TimeOnly By, TimeSpan Within)
{
    public DateTimeOffset DueFor(DateOnly absenceDate, DateTimeOffset reportedAt)
    {
        var sameDay = EnglandClock.InEngland(absenceDate, By);
        var soonest = reportedAt + Within;
        return sameDay > soonest ? sameDay : soonest;
    }

    /// <summary>Whether the case's deadline passed with no contact recorded.</summary>
    public static bool IsMissed(AbsenceCase absence) => absence.Status == CaseStatus.Unexplained;
}
