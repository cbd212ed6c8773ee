namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// A return is recorded whole or not at all: each of its marks is for a session its placement expects
/// (<see cref="MarkOnTimetabledSession"/>), and no session is marked twice in it, since which of two marks is the
/// provider's word cannot be told.
/// </summary>
/// <remarks>Trust policy §10.6: the provider reports attendance for the sessions agreed in the placement; platform policy (docs/attendance.md, "Daily returns").</remarks>
public static class ReturnedMarks
{
    /// <summary>Why each refused mark cannot be recorded, by its field (<c>marks[i]</c>); empty when all can.</summary>
    public static Dictionary<string, string[]> Problems(DateOnly date, IReadOnlyList<(Placement Placement, Session Session)> marks)
    {
        var problems = new Dictionary<string, string[]>();
        for (var i = 0; i < marks.Count; i++)
        {
            var (placement, session) = marks[i];
            var problem = MarkOnTimetabledSession.Check(placement, date, session) ??
                (marks.Take(i).Any(m => m.Placement.PlacementId == placement.PlacementId && m.Session == session) ? "The same session is marked twice in this return." : null);
            if (problem is not null)
            {
                problems[$"marks[{i}]"] = [problem];
            }
        }

        return problems;
    }
}
