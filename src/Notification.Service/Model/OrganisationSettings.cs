using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Notifications.Model;

/// <summary>How an organisation wants to be told: who holds each role, and which rules reach it by which channel.</summary>
public sealed class OrganisationSettings
{
    /// <summary>The organisations the rules tell, which keep settings and may subscribe webhooks: all but platform admins.</summary>
    public static readonly OrganisationType[] Holders =
        [OrganisationType.School, OrganisationType.Trust, OrganisationType.LocalAuthority, OrganisationType.Provider];

    public Guid OrganisationId { get; init; }

    /// <summary>Email addresses by role, e.g. attendance_lead → [attendance@school.example].</summary>
    public Dictionary<string, List<string>> Contacts { get; set; } = [];

    /// <summary>Rules whose channel differs from the rule's default, by rule name.</summary>
    public Dictionary<string, Channel> Channels { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Off: not told. Inbox: in the platform's inbox only. Email: in the inbox and emailed to the role's contacts.</summary>
public enum Channel
{
    Off,
    Inbox,
    Email,
}
