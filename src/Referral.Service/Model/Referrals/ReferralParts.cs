using System.Text.Json.Serialization;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model.Referrals;

/// <summary>
/// An event in a referral's chronology: intervention (support the school put in place), external_agency (direct work by
/// an outside agency after the school's referral), meeting, parent_refusal (the parents refused the offer of
/// alternative provision, policy §7), other.
/// </summary>
public enum ChronologyKind
{
    Intervention,
    ExternalAgency,
    Meeting,
    ParentRefusal,
    Other,
}

/// <summary>One step taken to keep the pupil in mainstream education, and its impact (policy §6).</summary>
public sealed record ChronologyEntry(DateOnly On, ChronologyKind Kind, string Description, string? Impact, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>One session a week at the provider.</summary>
public sealed record WeeklySession(DayOfWeek Day, Session Session, TimeOnly Starts, TimeOnly Ends)
{
    public decimal Hours => (decimal)(Ends - Starts).TotalHours;
}

/// <summary>A school day's half: AM (the morning session) or PM (the afternoon session).</summary>
public enum Session
{
    [JsonStringEnumMemberName("AM")]
    AM,

    [JsonStringEnumMemberName("PM")]
    PM,
}

/// <summary>The provider, pattern, dates and money the school proposes.</summary>
public sealed record Proposal(
    Guid ProviderId,
    Guid? SiteId,
    List<WeeklySession> Timetable,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    decimal? CostPerWeek,
    decimal? Budget)
{
    public decimal HoursPerWeek => Timetable.Sum(s => s.Hours);
}

public enum ApprovalStage
{
    Headteacher,
    Trust,
}

/// <summary>A decision on the referral, by the headteacher or the trust, with who and why.</summary>
public sealed record Approval(ApprovalStage Stage, bool Approved, string DecidedBy, string? Note, Guid OrganisationId, DateTimeOffset At);

public sealed record StaffMember(string Name, string Role, string? Email, string? Phone);

/// <summary>One objective of the personalised plan, with how it is measured and by when.</summary>
public sealed record PlanObjective(string Description, string Measure, DateOnly? By);

/// <summary>The personalised plan for intervention (policy §6).</summary>
public sealed record PersonalisedPlan(
    List<PlanObjective> Objectives,
    string Baseline,
    string Timeframes,
    string AssessmentAndMonitoring,
    string? EhcPlanLinks,
    string ReintegrationTarget,
    DateOnly? ReintegrationBy);

/// <summary>The meeting with the pupil and parents and what was agreed there (policy §7).</summary>
public sealed record ParentAgreement(
    DateOnly MeetingOn,
    List<StaffMember> Attendees,
    bool Agreed,
    string? Responsibilities,
    int ReviewEveryWeeks,
    string? ConcernsRoute,
    string? RefusalReason,
    Guid RecordedBy,
    DateTimeOffset RecordedAt);

public sealed record ReferralStatusChange(ReferralStatus Status, Guid ByOrganisationId, OrganisationType ByOrganisationType, string? Note, DateTimeOffset At);
