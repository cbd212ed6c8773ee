namespace APPlatform.Contracts.Placements;

/// <summary>
/// What other services and LA systems need to know of a placement: who, where, when and how much, and the two flags
/// the registration threshold rule needs. No names, no health, SEND or safeguarding detail.
/// </summary>
/// <param name="PupilId">The platform's opaque id for the pupil, not the UPN.</param>
/// <param name="CommissionerType">"school" or "local_authority".</param>
/// <param name="RegistrationMode">"dual" (code D), "approved_activity" (code B) or "la_arranged" (code K).</param>
/// <param name="IsFullTime">
/// Full time by the platform's one definition: the pupil's sole provision, or at least the configured hours a week (18,
/// the DfE's registration guidance, unless configured otherwise). The registration threshold counts exactly these.
/// </param>
public sealed record PlacementDetails(
    Guid PlacementId,
    Guid PupilId,
    Guid SchoolId,
    Guid CommissionerId,
    string CommissionerType,
    Guid? LocalAuthorityId,
    Guid ProviderId,
    Guid? SiteId,
    string RegistrationMode,
    DateOnly StartDate,
    DateOnly? PlannedEndDate,
    IReadOnlyList<TimetabledSession> Timetable,
    decimal HoursPerWeek,
    bool IsFullTime,
    bool IsLookedAfter,
    bool HasEhcPlan);

/// <summary>One session a week at the provider.</summary>
/// <param name="Day">A school day, monday to friday.</param>
/// <param name="Session">"AM" or "PM".</param>
/// <param name="Starts">Start time, local (HH:mm:ss).</param>
/// <param name="Ends">End time, local (HH:mm:ss), after the start.</param>
public sealed record TimetabledSession(DayOfWeek Day, string Session, TimeOnly Starts, TimeOnly Ends);
