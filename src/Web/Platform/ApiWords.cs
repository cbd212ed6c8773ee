using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Web.Platform;

/// <summary>How values the services write read in a page.</summary>
public static class ApiWords
{
    /// <summary>A value as the services write it, as a sentence starts: "not_suitable" reads "Not suitable".</summary>
    public static string Sentence(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');

    /// <summary>A person's role as a sentence names it: "designated safeguarding lead", "SENCO", "attendance lead".</summary>
    public static string Role(string role) => role switch
    {
        PersonRoles.DesignatedSafeguardingLead => "designated safeguarding lead",
        PersonRoles.Senco => "SENCO",
        PersonRoles.ApLead => "AP lead",
        PersonRoles.ApTeam => "AP team",
        PersonRoles.SendCaseworker => "SEND caseworker",
        _ => role.Replace('_', ' '),
    };
}
