namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// The roles a signed-in person may hold, as the token's <see cref="PlatformClaims.Role"/> claims carry them. A role
/// means something only in its organisation's type: a school's AP lead and a trust's AP lead are both
/// <see cref="ApLead"/>, and <see cref="ForOrganisation"/> says which roles each type of organisation gives.
/// </summary>
public static class PersonRoles
{
    // Schools
    public const string Headteacher = "headteacher";
    public const string ApLead = "ap_lead";
    public const string DesignatedSafeguardingLead = "dsl";
    public const string AttendanceLead = "attendance_lead";
    public const string Senco = "senco";
    public const string AssessmentLead = "assessment_lead";
    public const string Staff = "staff";

    // Trusts (and ApLead)
    public const string Executive = "executive";

    // Local authorities
    public const string ApTeam = "ap_team";
    public const string AttendanceTeam = "attendance_team";
    public const string DirectoryTeam = "directory_team";
    public const string SendCaseworker = "send_caseworker";

    // Providers
    public const string Manager = "manager";
    public const string RegisterStaff = "register_staff";

    /// <summary>Invites the organisation's people and assigns their roles; any organisation has one or more.</summary>
    public const string Administrator = "administrator";

    /// <summary>
    /// The school's people who read safeguarding detail (KCSIE 2025 Part 1): what a serious incident says happened and
    /// the DSL's view of a case.
    /// </summary>
    public static readonly IReadOnlyList<string> SchoolSafeguardingReaders = [DesignatedSafeguardingLead, Headteacher];

    /// <summary>The roles a person of an organisation of <paramref name="type"/> may be given.</summary>
    public static IReadOnlyList<string> ForOrganisation(OrganisationType type) => type switch
    {
        OrganisationType.School => [Headteacher, ApLead, DesignatedSafeguardingLead, AttendanceLead, Senco, AssessmentLead, Staff, Administrator],
        OrganisationType.Trust => [ApLead, Executive, Administrator],
        OrganisationType.LocalAuthority => [ApTeam, AttendanceTeam, DirectoryTeam, SendCaseworker, Administrator],
        OrganisationType.Provider => [Manager, RegisterStaff, Administrator],
        OrganisationType.PlatformAdmin => [Administrator],
        _ => [],
    };

    /// <summary>A role as a sentence names it: "designated safeguarding lead", "SENCO", "attendance lead".</summary>
    public static string Words(string role) => role switch
    {
        DesignatedSafeguardingLead => "designated safeguarding lead",
        Senco => "SENCO",
        ApLead => "AP lead",
        ApTeam => "AP team",
        SendCaseworker => "SEND caseworker",
        _ => role.Replace('_', ' '),
    };
}
