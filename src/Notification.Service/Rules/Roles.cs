namespace APPlatform.Notifications.Rules;

/// <summary>Who within an organisation a rule speaks to. Each organisation names the people (email addresses) per role.</summary>
public static class Roles
{
    public const string ApLead = "ap_lead";
    public const string AttendanceLead = "attendance_lead";
    public const string Dsl = "dsl";
    public const string LocalAuthorityApTeam = "la_ap_team";
    public const string LocalAuthorityAttendanceTeam = "la_attendance_team";
    public const string ProviderContact = "provider_contact";
    public const string TrustApLead = "trust_ap_lead";

    /// <summary>The pupil's parents and carers, as the school recorded them in the referral: only the placement letter goes to them.</summary>
    public const string Parents = "parents";

    /// <summary>The roles an organisation may name contacts for (parents come from the referral, not from settings).</summary>
    public static IReadOnlyList<string> WithContacts { get; } = [ApLead, AttendanceLead, Dsl, LocalAuthorityApTeam, LocalAuthorityAttendanceTeam, ProviderContact, TrustApLead];
}
