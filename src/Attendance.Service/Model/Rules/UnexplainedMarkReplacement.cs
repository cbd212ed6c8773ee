using APPlatform.ServiceDefaults.Time;

namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// An absence's N (no reason yet) is replaced with the code for its reason within <paramref name="SchoolDays"/> school
/// days: by the end of the <paramref name="SchoolDays"/>th school day after the session. A mark still N then is announced.
/// </summary>
/// <remarks>Working together to improve school attendance (2024), "Attendance codes": N is replaced within five school days.</remarks>
public sealed record UnexplainedMarkReplacement(int SchoolDays)
{
    /// <summary>The end of the last school day allowed, in England.</summary>
    public DateTimeOffset DueFor(DateOnly absenceDate) => EnglandClock.InEngland(SchoolWeek.SchoolDaysAfter(absenceDate, SchoolDays).AddDays(1), TimeOnly.MinValue);

    /// <summary>
    /// The latest absence date whose N was due for replacement by <paramref name="now"/>: that day's and every earlier
    /// day's time is up.
    /// </summary>
    public DateOnly LatestDueBy(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(1); // England's date is never ahead of UTC's by more
        while (DueFor(day) > now)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Whether the mark is still an absence with no reason established.</summary>
    public static bool IsMissed(SessionMark mark) => mark.IsAbsence && mark.Code == AbsenceCodes.NoReasonYet;
}
