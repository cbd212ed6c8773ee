namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// A placement's attendance below the school's target (<paramref name="TargetPercent"/>) calls for intervention, once
/// it has run <see cref="MinimumSessions"/> sessions: fewer say too little to act on.
/// </summary>
/// <remarks>Trust policy §12: below the school's attendance target, interventions follow.</remarks>
public sealed record BelowTargetThreshold(decimal TargetPercent)
{
    public const int MinimumSessions = 10;

    public bool IsCrossedBy(AttendanceSummary summary) => summary.SessionsPossible >= MinimumSessions && summary.AttendancePercent < TargetPercent;
}
