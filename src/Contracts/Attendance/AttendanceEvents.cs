namespace APPlatform.Contracts.Attendance;

/// <summary>
/// A provider reported a pupil absent (or missed the register) for a session; the school's follow-up case is open.
/// It names the placement's commissioner, so a local authority hears of absences from the placements it commissions
/// (and, as it should, of no school's own).
/// </summary>
/// <param name="Session">"AM" or "PM".</param>
/// <param name="CommissionerId">The school, or the local authority that commissions the placement.</param>
public sealed record AbsenceReported(
    Guid CaseId, Guid PlacementId, Guid PupilId, Guid SchoolId, Guid ProviderId, Guid CommissionerId, DateOnly Date, string Session, bool Missing,
    DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A provider's register for a session was not in by its cut-off; the unmarked sessions are now missing.</summary>
public sealed record RegisterNotSubmitted(Guid ProviderId, DateOnly Date, string Session, int MissingSessions, IReadOnlyList<Guid> SchoolIds, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>An unexplained absence was not followed up (no contact recorded) by its deadline.</summary>
public sealed record UnexplainedAbsenceNotFollowedUp(Guid CaseId, Guid PlacementId, Guid PupilId, Guid SchoolId, DateOnly Date, string Session, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// An absence's mark is still N (no reason yet) past the school days allowed to establish its reason (WTISA): the
/// school is to replace it with the code for the reason.
/// </summary>
/// <param name="Session">"AM" or "PM".</param>
/// <param name="SchoolDays">The school days allowed.</param>
public sealed record UnexplainedMarkNotReplaced(Guid CaseId, Guid PlacementId, Guid PupilId, Guid SchoolId, DateOnly Date, string Session, int SchoolDays, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>The school escalated an absence to its DSL or the local authority.</summary>
/// <param name="To">"dsl" or "local_authority".</param>
public sealed record AbsenceEscalated(Guid CaseId, Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, string To, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>A placement's attendance fell below the school's target.</summary>
public sealed record AttendanceBelowThreshold(Guid PlacementId, Guid PupilId, Guid SchoolId, decimal AttendancePercent, decimal TargetPercent, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>Unauthorised absence on this many consecutive school days: the LA is to be told (WTISA).</summary>
public sealed record ConsecutiveAbsence(Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, int SchoolDays, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>Absence through illness on this many school days: the LA is to be told (WTISA).</summary>
public sealed record IllnessAbsence(Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, int SchoolDays, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// Unauthorised absence on this many sessions within a rolling number of school weeks reached the national threshold
/// for a penalty notice: the LA's attendance team is to be told.
/// </summary>
public sealed record PenaltyThresholdReached(
    Guid PlacementId, Guid PupilId, Guid SchoolId, Guid? LocalAuthorityId, int UnauthorisedSessions, int SchoolWeeks, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>
/// A school's week of attendance at alternative provision, on Friday for its AP lead: counts only, over the placements
/// running that week (the weekly view has them one by one).
/// </summary>
/// <param name="WeekStarting">The week's Monday.</param>
/// <param name="Placements">The school's placements running that week.</param>
/// <param name="Unexplained">Absences still coded N.</param>
/// <param name="OpenCases">The placements' absence cases not closed.</param>
public sealed record WeeklyAttendanceFigures(
    Guid SchoolId, DateOnly WeekStarting, int Placements, int SessionsPossible, int Attended, int AuthorisedAbsence, int UnauthorisedAbsence, int Unexplained,
    decimal AttendancePercent, int OpenCases, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
