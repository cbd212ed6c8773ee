using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Apis.Responses;

/// <summary>One step taken to keep the pupil in mainstream education, and its impact (policy §6).</summary>
/// <param name="On">When it happened (ISO date).</param>
/// <param name="Kind">What kind of event it was.</param>
/// <param name="Description">What happened.</param>
/// <param name="Impact">What difference it made.</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ChronologyEntryView(DateOnly On, ChronologyKind Kind, string Description, string? Impact, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static ChronologyEntryView Of(ChronologyEntry e) => new(e.On, e.Kind, e.Description, e.Impact, e.RecordedBy, e.RecordedAt);
}

/// <summary>One session a week at the provider.</summary>
/// <param name="Day">A school day, monday to friday.</param>
/// <param name="Session">AM or PM; a day has at most one of each.</param>
/// <param name="Starts">Start time, local (HH:mm:ss).</param>
/// <param name="Ends">End time, local (HH:mm:ss), after the start.</param>
/// <param name="Hours">The session's length in hours, from its start and end.</param>
public sealed record WeeklySessionView(DayOfWeek Day, Session Session, TimeOnly Starts, TimeOnly Ends, decimal Hours)
{
    public static WeeklySessionView Of(WeeklySession s) => new(s.Day, s.Session, s.Starts, s.Ends, s.Hours);
}

/// <summary>The provider, pattern, dates and money the school proposes.</summary>
/// <param name="ProviderId">The provider in the directory.</param>
/// <param name="SiteId">Which of its sites, if it has several.</param>
/// <param name="Timetable">The weekly sessions.</param>
/// <param name="StartDate">The proposed first day (ISO date).</param>
/// <param name="PlannedEndDate">The planned last day (ISO date).</param>
/// <param name="CostPerWeek">The provider's price per week, in pounds.</param>
/// <param name="Budget">The total agreed for the placement, in pounds.</param>
/// <param name="HoursPerWeek">The timetable's hours a week, the sum of its sessions.</param>
public sealed record ProposalView(
    Guid ProviderId, Guid? SiteId, List<WeeklySessionView> Timetable, DateOnly StartDate, DateOnly? PlannedEndDate, decimal? CostPerWeek, decimal? Budget,
    decimal HoursPerWeek)
{
    public static ProposalView Of(Proposal p) =>
        new(p.ProviderId, p.SiteId, [.. p.Timetable.Select(WeeklySessionView.Of)], p.StartDate, p.PlannedEndDate, p.CostPerWeek, p.Budget, p.HoursPerWeek);
}

/// <summary>A decision on the referral, by the headteacher, the trust or the local authority, with who and why.</summary>
/// <param name="Stage">Whose decision it is.</param>
/// <param name="Approved">Whether the referral was approved (false: declined).</param>
/// <param name="DecidedBy">The name of the person who decided.</param>
/// <param name="Note">The reasons given.</param>
/// <param name="OrganisationId">The organisation that decided (the school, the trust or the local authority).</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="DecidedByPersonId">The signed-in person who decided; absent when a system recorded the decision.</param>
/// <param name="RecordedByClient">The system client that recorded the decision in the person's name; absent when the person decided signed in.</param>
public sealed record ApprovalView(
    ApprovalStage Stage, bool Approved, string DecidedBy, string? Note, Guid OrganisationId, DateTimeOffset At, Guid? DecidedByPersonId,
    string? RecordedByClient)
{
    public static ApprovalView Of(Approval a) => new(a.Stage, a.Approved, a.DecidedBy, a.Note, a.OrganisationId, a.At, a.DecidedByPersonId, a.RecordedByClient);
}

/// <summary>A named person and how to reach them.</summary>
/// <param name="Name">Their full name.</param>
/// <param name="Role">Their role, e.g. AP lead or Parent.</param>
/// <param name="Email">Their email address.</param>
/// <param name="Phone">Their phone number.</param>
public sealed record StaffMemberView(string Name, string Role, string? Email, string? Phone)
{
    public static StaffMemberView Of(StaffMember s) => new(s.Name, s.Role, s.Email, s.Phone);
}

/// <summary>One objective of a plan, with how it is measured and by when.</summary>
/// <param name="Description">What the pupil is to achieve.</param>
/// <param name="Measure">How achieving it is measured.</param>
/// <param name="By">When it is to be achieved (ISO date).</param>
public sealed record PlanObjectiveView(string Description, string Measure, DateOnly? By)
{
    public static PlanObjectiveView Of(PlanObjective o) => new(o.Description, o.Measure, o.By);
}

/// <summary>The personalised plan for intervention (policy §6).</summary>
/// <param name="Objectives">The plan's objectives.</param>
/// <param name="Baseline">Where the pupil is now: attainment, attendance, behaviour.</param>
/// <param name="Timeframes">How long the placement and its stages last.</param>
/// <param name="AssessmentAndMonitoring">How progress is assessed and monitored, and by whom.</param>
/// <param name="EhcPlanLinks">How the plan meets the outcomes of an EHC plan, if the pupil has one.</param>
/// <param name="ReintegrationTarget">The aim for the pupil's return to mainstream school.</param>
/// <param name="ReintegrationBy">When the pupil should return (ISO date).</param>
public sealed record PersonalisedPlanView(
    List<PlanObjectiveView> Objectives, string Baseline, string Timeframes, string AssessmentAndMonitoring, string? EhcPlanLinks, string ReintegrationTarget,
    DateOnly? ReintegrationBy)
{
    public static PersonalisedPlanView Of(PersonalisedPlan p) => new(
        [.. p.Objectives.Select(PlanObjectiveView.Of)], p.Baseline, p.Timeframes, p.AssessmentAndMonitoring, p.EhcPlanLinks, p.ReintegrationTarget, p.ReintegrationBy);
}

/// <summary>The meeting with the pupil and parents and what was agreed there (policy §7).</summary>
/// <param name="MeetingOn">When the meeting was held (ISO date).</param>
/// <param name="Attendees">Who was at the meeting.</param>
/// <param name="Agreed">Whether the parents agreed to the placement.</param>
/// <param name="Responsibilities">What the school, provider, parents and pupil each undertake; set when agreed.</param>
/// <param name="ReviewEveryWeeks">How often the agreement is reviewed, in weeks (at least termly).</param>
/// <param name="ConcernsRoute">
/// How concerns are shared between school, provider and parents (policy §11); set when agreed.
/// </param>
/// <param name="RefusalReason">Why the parents refused, when they did.</param>
/// <param name="RecordedBy">The organisation that recorded the meeting.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ParentAgreementView(
    DateOnly MeetingOn, List<StaffMemberView> Attendees, bool Agreed, string? Responsibilities, int ReviewEveryWeeks, string? ConcernsRoute,
    string? RefusalReason, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    public static ParentAgreementView Of(ParentAgreement a) => new(
        a.MeetingOn, [.. a.Attendees.Select(StaffMemberView.Of)], a.Agreed, a.Responsibilities, a.ReviewEveryWeeks, a.ConcernsRoute, a.RefusalReason, a.RecordedBy,
        a.RecordedAt);
}

/// <summary>One change of a referral's status: to what, by whom, when and why.</summary>
/// <param name="Status">The status it moved to.</param>
/// <param name="ByOrganisationId">The organisation that moved it.</param>
/// <param name="ByOrganisationType">The kind of organisation that moved it.</param>
/// <param name="Note">Why, where a reason was given.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="By">Who moved it: the signed-in person's name, or the id of the system client that acted.</param>
public sealed record ReferralStatusChangeView(
    ReferralStatus Status, Guid ByOrganisationId, OrganisationType ByOrganisationType, string? Note, DateTimeOffset At, string? By)
{
    public static ReferralStatusChangeView Of(ReferralStatusChange c) => new(c.Status, c.ByOrganisationId, c.ByOrganisationType, c.Note, c.At, c.By);
}

/// <summary>The local authority's own referral: the duty it arranges under and, for a permanent exclusion, when its duty starts.</summary>
/// <param name="Duty">permanent_exclusion or health_needs (s19), or ehc_plan.</param>
/// <param name="ExcludedFrom">A permanent exclusion's first day (ISO date).</param>
/// <param name="DutyFrom">A permanent exclusion's sixth school day, from which the LA must provide full-time education (ISO date).</param>
/// <param name="StartsAfterDutyFrom">The proposed start is after that day, so the pupil is without the provision owed in between.</param>
public sealed record LocalAuthorityArrangementView(LocalAuthorityDuty Duty, DateOnly? ExcludedFrom, DateOnly? DutyFrom, bool StartsAfterDutyFrom)
{
    public static LocalAuthorityArrangementView Of(LocalAuthorityArrangement a, DateOnly start) =>
        new(a.Duty, a.ExcludedFrom, a.DutyFrom, a.StartsAfterDutyFrom(start));
}
