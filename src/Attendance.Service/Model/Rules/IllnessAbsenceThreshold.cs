namespace APPlatform.Attendance.Model.Rules;

/// <summary>Absence through illness (code I) on <paramref name="SchoolDays"/> school days or more: the LA must be told.</summary>
/// <remarks>Working together to improve school attendance (2024): tell the LA of 15 school days' absence through illness.</remarks>
public sealed record IllnessAbsenceThreshold(int SchoolDays)
{
    /// <summary>On how many school days in <paramref name="marks"/> the pupil was absent through illness.</summary>
    public static int DaysOf(IEnumerable<MarkFacts> marks) =>
        marks.Where(m => m.Code == AbsenceCodes.Illness).Select(m => m.Date).Distinct().Count();

    public bool IsCrossedBy(int days) => days >= SchoolDays;
}
