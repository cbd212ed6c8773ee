namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// Unauthorised absence (or no mark) on every session of the last <paramref name="SchoolDays"/> school days the
/// placement has marks for: the LA must be told.
/// </summary>
/// <remarks>Working together to improve school attendance (2024): tell the LA of 10 or more continuous school days of unauthorised absence.</remarks>
public sealed record ConsecutiveAbsenceThreshold(int SchoolDays)
{
    /// <summary>How many of the latest school days in <paramref name="marks"/> were missed without authorisation, counting back from the last.</summary>
    public static int DaysOf(IEnumerable<MarkFacts> marks) =>
        marks.GroupBy(m => m.Date).OrderByDescending(day => day.Key)
            .TakeWhile(day => day.All(m => Misses(m.Status, m.Code)))
            .Count();

    /// <summary>
    /// The first day whose marks <see cref="DaysOf"/> needs, from a placement's weekly <paramref name="counts"/>: the
    /// Monday of the latest week with a session not missed, since the run of missed days ends there at the latest; every
    /// day when no session was ever anything but missed.
    /// </summary>
    public static DateOnly MarksNeededFrom(IEnumerable<MarkCount> counts) =>
        counts.Where(c => !Misses(c.Status, c.Code)).Select(c => c.Week).DefaultIfEmpty(DateOnly.MinValue).Max();

    private static bool Misses(MarkStatus status, string code) => status is MarkStatus.Absent or MarkStatus.Missing && !AbsenceCodes.IsAuthorised(code);

    public bool IsCrossedBy(int days) => days >= SchoolDays;
}
