using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance;

public sealed class AttendanceOptions
{
    public const string SectionName = "Attendance";

    /// <summary>A morning session with no mark by then is missing (a provider may set its own).</summary>
    public TimeOnly MorningCutoff { get; set; } = new(10, 0);

    public TimeOnly AfternoonCutoff { get; set; } = new(14, 0);

    /// <summary>How many days back a provider may still post or correct a mark.</summary>
    public int CorrectionWindowDays { get; set; } = 7;

    /// <summary>An absence must be followed up (the family contacted) by this time the same day...</summary>
    public TimeOnly FollowUpBy { get; set; } = new(15, 0);

    /// <summary>...or this long after it is reported, if that is later.</summary>
    public TimeSpan FollowUpWithin { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A school without its own target uses this one (%).</summary>
    public decimal SchoolTargetPercent { get; set; } = 90;

    /// <summary>WTISA: tell the LA of this many continuous school days of unauthorised absence.</summary>
    public int ConsecutiveAbsenceDays { get; set; } = 10;

    /// <summary>WTISA: tell the LA of this many school days of absence through illness.</summary>
    public int IllnessAbsenceDays { get; set; } = 15;

    /// <summary>WTISA: an absence's N (no reason yet) is replaced within this many school days.</summary>
    public int UnexplainedMarkDays { get; set; } = 5;

    /// <summary>The penalty notice framework: this many sessions of unauthorised absence...</summary>
    public int PenaltyNoticeSessions { get; set; } = 10;

    /// <summary>...within a rolling this many school weeks, and the LA is told.</summary>
    public int PenaltyNoticeSchoolWeeks { get; set; } = 10;

    /// <summary>When on Friday (in England) each school's AP lead has the week's figures: after the afternoon cut-off.</summary>
    public TimeOnly WeeklyFiguresAt { get; set; } = new(16, 0);

    /// <summary>How often registers past their cut-off are checked.</summary>
    public TimeSpan RegisterCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    // The rules these settings configure; methods, so that the configuration binder leaves them alone.
    public RegisterCutoffs DefaultCutoffs() => new(MorningCutoff, AfternoonCutoff);

    public CorrectionWindow CorrectionWindow() => new(CorrectionWindowDays);

    public SameDayFollowUp SameDayFollowUp() => new(FollowUpBy, FollowUpWithin);

    public ConsecutiveAbsenceThreshold ConsecutiveAbsence() => new(ConsecutiveAbsenceDays);

    public IllnessAbsenceThreshold IllnessAbsence() => new(IllnessAbsenceDays);

    public UnexplainedMarkReplacement UnexplainedMarkReplacement() => new(UnexplainedMarkDays);

    public PenaltyNoticeThreshold PenaltyNotice() => new(PenaltyNoticeSessions, PenaltyNoticeSchoolWeeks);

    public FridayFigures FridayFigures() => new(WeeklyFiguresAt);
}
