namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// A mark is for a session the placement expects: not before it starts, not after it ends (or is planned to), and on
/// its weekly timetable. The same rule tells the cut-off which sessions should have been marked.
/// </summary>
/// <remarks>Trust policy §10.6: the provider reports attendance for the sessions agreed in the placement.</remarks>
public static class MarkOnTimetabledSession
{
    /// <summary>Why <paramref name="placement"/> has no session to mark then, or null when it has.</summary>
    public static string? Check(Placement placement, DateOnly date, Session session)
    {
        if (date < placement.StartDate)
        {
            return $"The placement starts on {placement.StartDate:yyyy-MM-dd}.";
        }

        if (placement.EndDate is { } end && date > end)
        {
            return placement.HasEnded ? $"The placement ended on {end:yyyy-MM-dd}." : $"The placement is planned to end on {end:yyyy-MM-dd}.";
        }

        return placement.Timetable.Any(s => s.Day == date.DayOfWeek && s.Session == session.ToString())
            ? null
            : $"The pupil is not timetabled at the provider on {date.DayOfWeek} {session}.";
    }

    public static bool IsExpected(Placement placement, DateOnly date, Session session) => Check(placement, date, session) is null;
}
