using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Attendance.Model;

/// <summary>
/// Who may see a placement's attendance: its school, its provider, the LA it is in, and the platform admin. Only the
/// provider posts marks; only the school follows absences up.
/// </summary>
public static class Access
{
    public static bool MaySee(this Caller caller, Placement placement) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => placement.SchoolId == caller.OrganisationId,
        OrganisationType.Provider => placement.ProviderId == caller.OrganisationId,
        OrganisationType.LocalAuthority => placement.LocalAuthorityId == caller.OrganisationId,
        _ => false,
    };

    public static IQueryable<Placement> VisibleTo(this IQueryable<Placement> placements, Caller caller) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => placements,
        OrganisationType.School => placements.Where(p => p.SchoolId == caller.OrganisationId),
        OrganisationType.Provider => placements.Where(p => p.ProviderId == caller.OrganisationId),
        OrganisationType.LocalAuthority => placements.Where(p => p.LocalAuthorityId == caller.OrganisationId),
        _ => placements.Where(_ => false),
    };

    /// <summary>The school follows up its own pupils' absences; the LA sees those escalated to it.</summary>
    public static bool MayFollowUp(this Caller caller, AbsenceCase absence) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin ||
        (caller.OrganisationType == OrganisationType.School && absence.SchoolId == caller.OrganisationId);

    public static bool MaySee(this Caller caller, AbsenceCase absence) =>
        caller.MayFollowUp(absence) ||
        (caller.OrganisationType == OrganisationType.LocalAuthority && absence.LocalAuthorityId == caller.OrganisationId && absence.EscalatedTo == EscalatedTo.LocalAuthority);
}
