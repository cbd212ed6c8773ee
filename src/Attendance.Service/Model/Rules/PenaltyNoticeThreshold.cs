namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// <paramref name="Sessions"/> sessions of unauthorised absence (unexplained ones included) within a rolling
/// <paramref name="SchoolWeeks"/> school weeks: the LA's attendance team considers a penalty notice, so it is told.
/// The school weeks are the latest <see cref="SchoolWeek"/>s the placement has marks in, so holidays are skipped.
/// </summary>
/// <remarks>National framework for penalty notices (WTISA 2024): 10 sessions of unauthorised absence in a rolling 10 school weeks.</remarks>
public sealed record PenaltyNoticeThreshold(int Sessions, int SchoolWeeks)
{
    /// <summary>How many sessions of unauthorised absence the placement's weekly <paramref name="counts"/> hold in the latest school weeks.</summary>
    public int SessionsOf(IReadOnlyCollection<MarkCount> counts)
    {
        var weeks = counts.Select(c => c.Week).Distinct().OrderDescending().Take(SchoolWeeks).ToHashSet();
        return AttendanceSummary.Of(counts.Where(c => weeks.Contains(c.Week))).UnauthorisedAbsence;
    }

    public bool IsCrossedBy(int sessions) => sessions >= Sessions;
}
