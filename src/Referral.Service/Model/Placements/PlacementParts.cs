using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Model.Placements;

/// <summary>One change of a placement's status: to what, by whom, when and why.</summary>
/// <param name="Status">The status it moved to.</param>
/// <param name="ByOrganisationId">The organisation that moved it.</param>
/// <param name="Note">Why, where a reason was given.</param>
/// <param name="At">When (ISO date-time with offset).</param>
/// <param name="By">Who moved it: the signed-in person's name, or the id of the system client that acted.</param>
public sealed record PlacementStatusChange(PlacementStatus Status, Guid ByOrganisationId, string? Note, DateTimeOffset At, string? By = null);

/// <summary>
/// A placement review: agreement (the review of the parent agreement, at least termly, policy §7), formal (the formal
/// review held when progress is unsatisfactory, policy §12), parent_requested (asked for by the parents or the LA under
/// an off-site direction), ehcp_annual (the annual review of an EHC plan, coordinated by the SENCO, policy §10.8).
/// </summary>
public enum ReviewKind
{
    Agreement,
    Formal,
    ParentRequested,
    EhcpAnnual,
}

/// <summary>A review meeting: who came, what progress was seen, what was decided.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="Kind">Which kind of review it was.</param>
/// <param name="HeldOn">When it was held (ISO date).</param>
/// <param name="Attendees">Who came.</param>
/// <param name="Progress">What progress was seen.</param>
/// <param name="Outcome">What was decided.</param>
/// <param name="Improved">
/// For a formal review, whether progress improved; three formal reviews in a row without improvement allow the
/// placement to end (policy §12).
/// </param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record Review(
    Guid Id, ReviewKind Kind, DateOnly HeldOn, List<StaffMember> Attendees, string Progress, string Outcome, bool? Improved, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>The parents' request for a review of an off-site direction (SI 2010/1156 reg 4), as the school recorded it.</summary>
/// <param name="Id">The request's id.</param>
/// <param name="AskedBy">Who asked: the parent's name.</param>
/// <param name="AskedOn">When they asked (ISO date).</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ReviewAskedFor(Guid Id, string AskedBy, DateOnly AskedOn, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A visit by the AP Lead or another member of staff (policy §10.4, §12).</summary>
/// <param name="Id">The visit's id.</param>
/// <param name="On">When the visit was made (ISO date).</param>
/// <param name="Staff">The staff who visited.</param>
/// <param name="Observations">What was seen.</param>
/// <param name="PupilVoice">What the pupil said of the placement.</param>
/// <param name="RecordedBy">The organisation that recorded it.</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record Visit(Guid Id, DateOnly On, List<StaffMember> Staff, string Observations, string? PupilVoice, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// What an incident at the provider is: behaviour, injury, safeguarding, missing_from_education (the pupil left or did
/// not arrive and could not be found), other.
/// </summary>
public enum IncidentCategory
{
    Behaviour,
    Injury,
    Safeguarding,
    MissingFromEducation,
    Other,
}

/// <summary>A serious incident the provider reports to the school (policy §10.4, §12); the school acknowledges it with its action.</summary>
public sealed class Incident
{
    /// <summary>The incident's id.</summary>
    public Guid Id { get; init; }

    /// <summary>When it happened (ISO date-time with offset).</summary>
    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>What kind of incident it was.</summary>
    public IncidentCategory Category { get; init; }

    /// <summary>What happened.</summary>
    public required string Summary { get; init; }

    /// <summary>What the provider did.</summary>
    public string? ActionTaken { get; init; }

    /// <summary>Who reported it at the provider.</summary>
    public required string ReportedBy { get; init; }

    /// <summary>When it was reported (ISO date-time with offset).</summary>
    public DateTimeOffset ReportedAt { get; init; }

    /// <summary>When the school acknowledged it (ISO date-time with offset); null until then.</summary>
    public DateTimeOffset? AcknowledgedAt { get; set; }

    /// <summary>The school's action on acknowledging it.</summary>
    public string? SchoolResponse { get; set; }

    /// <summary>
    /// True when the reader may not see what happened (<see cref="SafeguardingDetail"/>): the summary says so and the
    /// actions are left out.
    /// </summary>
    public bool DetailWithheld { get; init; }

    public Incident WithoutDetail() => new()
    {
        Id = Id,
        OccurredAt = OccurredAt,
        Category = Category,
        Summary = "Withheld: the detail of a serious incident is for the school's designated safeguarding lead, its headteacher and those it names.",
        ReportedBy = ReportedBy,
        ReportedAt = ReportedAt,
        AcknowledgedAt = AcknowledgedAt,
        DetailWithheld = true,
    };
}

/// <summary>What the parents are told in writing before the start (policy §9; SI 2010/1156 for an off-site direction).</summary>
/// <param name="Id">The notice's id.</param>
/// <param name="SchoolName">The school directing or placing the pupil.</param>
/// <param name="Recipients">The names of the pupil's carers it is addressed to.</param>
/// <param name="Purpose">What the placement is for.</param>
/// <param name="Reason">Why the pupil is placed or directed off site.</param>
/// <param name="StartDate">The first day (ISO date).</param>
/// <param name="EndDate">The planned last day (ISO date).</param>
/// <param name="Timetable">The weekly sessions.</param>
/// <param name="Address">Where the pupil attends.</param>
/// <param name="PersonResponsible">The person at the provider responsible for the pupil.</param>
/// <param name="PastoralContact">The school's pastoral contact for the pupil.</param>
/// <param name="IsOffSiteDirection">
/// Whether it is an off-site direction (SI 2010/1156), which needs two school days' notice.
/// </param>
/// <param name="IssuedBy">Who issued it, e.g. the headteacher.</param>
/// <param name="IssuedAt">When it was issued (ISO date-time with offset).</param>
/// <param name="IssuedOn">The day it was issued in England (ISO date), from which the notice period is counted.</param>
public sealed record ParentNotice(
    Guid Id,
    string SchoolName,
    List<string> Recipients,
    string Purpose,
    string Reason,
    DateOnly StartDate,
    DateOnly? EndDate,
    List<WeeklySession> Timetable,
    string Address,
    StaffMember PersonResponsible,
    StaffMember PastoralContact,
    bool IsOffSiteDirection,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    DateOnly IssuedOn);

/// <summary>The provider's account of the placement before the pupil returns (policy §13).</summary>
/// <param name="Attainment">What the pupil attained, qualifications included.</param>
/// <param name="Progress">The progress the pupil made.</param>
/// <param name="Attendance">The pupil's attendance.</param>
/// <param name="Behaviour">The pupil's behaviour.</param>
/// <param name="SubmittedBy">Who at the provider submitted it.</param>
/// <param name="SubmittedAt">When it was submitted (ISO date-time with offset).</param>
public sealed record FinalReport(string Attainment, string Progress, string Attendance, string Behaviour, string SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>The plan for the pupil's return to school, agreed with the provider (policy §13).</summary>
/// <param name="MeetingOn">When the plan was agreed at a meeting (ISO date).</param>
/// <param name="Objectives">The plan's objectives.</param>
/// <param name="Support">The support the pupil will have.</param>
/// <param name="ReturnOn">When the pupil returns (ISO date).</param>
/// <param name="RecordedAt">When it was recorded (ISO date-time with offset).</param>
public sealed record ReintegrationPlan(DateOnly MeetingOn, List<PlanObjective> Objectives, string Support, DateOnly? ReturnOn, DateTimeOffset RecordedAt);

/// <summary>
/// Where the pupil goes after a placement: returned_to_home_school, another_school, specialist_placement,
/// another_alternative_provision, further_education, apprenticeship, employment, elective_home_education,
/// not_in_education, unknown.
/// </summary>
public enum Destination
{
    ReturnedToHomeSchool,
    AnotherSchool,
    SpecialistPlacement,
    AnotherAlternativeProvision,
    FurtherEducation,
    Apprenticeship,
    Employment,
    ElectiveHomeEducation,
    NotInEducation,
    Unknown,
}
