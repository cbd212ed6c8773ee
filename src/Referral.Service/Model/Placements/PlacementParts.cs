using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Model.Placements;

public sealed record PlacementStatusChange(PlacementStatus Status, Guid ByOrganisationId, string? Note, DateTimeOffset At);

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
public sealed record Review(
    Guid Id, ReviewKind Kind, DateOnly HeldOn, List<StaffMember> Attendees, string Progress, string Outcome, bool? Improved, Guid RecordedBy, DateTimeOffset RecordedAt);

/// <summary>A visit by the AP Lead or another member of staff (policy §10.4, §12).</summary>
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
    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public IncidentCategory Category { get; init; }

    public required string Summary { get; init; }

    public string? ActionTaken { get; init; }

    public required string ReportedBy { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? SchoolResponse { get; set; }
}

/// <summary>What the parents are told in writing before the start (policy §9; SI 2010/1156 for an off-site direction).</summary>
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
public sealed record FinalReport(string Attainment, string Progress, string Attendance, string Behaviour, string SubmittedBy, DateTimeOffset SubmittedAt);

/// <summary>The plan for the pupil's return to school, agreed with the provider (policy §13).</summary>
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
