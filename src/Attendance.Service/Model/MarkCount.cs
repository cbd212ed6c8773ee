namespace APPlatform.Attendance.Model;

/// <summary>
/// How many of a placement's sessions in one school week carry a mark status and register code. PostgreSQL keeps these
/// counts as marks are added, corrected, recoded and deleted (a trigger on the marks: Infrastructure/MarkCountMigrations.cs),
/// so that the threshold rules read a few rows a week of a placement's history instead of every mark in it.
/// </summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="Week">The Monday of the school week (<see cref="SchoolWeek.MondayOf"/>).</param>
/// <param name="Status">The marks' status.</param>
/// <param name="Code">The marks' register code.</param>
/// <param name="Sessions">How many sessions; 0 once every such mark has changed or gone.</param>
public sealed record MarkCount(Guid PlacementId, DateOnly Week, MarkStatus Status, string Code, int Sessions)
{
    /// <summary>The counts worked out from the marks themselves: what the database's counts must always equal.</summary>
    public static IEnumerable<MarkCount> Of(IEnumerable<MarkFacts> marks) =>
        marks.GroupBy(m => (m.PlacementId, Week: SchoolWeek.MondayOf(m.Date), m.Status, m.Code))
            .Select(week => new MarkCount(week.Key.PlacementId, week.Key.Week, week.Key.Status, week.Key.Code, week.Count()));
}
