using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model.Placements;

/// <summary>
/// What a serious incident says happened is safeguarding detail (KCSIE 2025 Part 1; trust policy §10.4): among a
/// school's people it is for the designated safeguarding lead, the headteacher and those the school names. The provider's people wrote it and
/// read it; a system acting with its organisation's credentials reads what its organisation may. Anyone else sees that
/// an incident happened, of which kind and when, and that its detail is withheld.
/// </summary>
public static class SafeguardingDetail
{
    public static bool MaySee(Caller caller) => caller.Person is not { } person
        || caller.OrganisationType == OrganisationType.Provider
        || caller.OrganisationType == OrganisationType.School && person.ReadsSafeguardingDetail;

    /// <summary>The incidents as <paramref name="caller"/> may read them.</summary>
    public static List<Incident> AsSeenBy(Caller caller, List<Incident> incidents) =>
        MaySee(caller) ? incidents : incidents.Select(incident => incident.WithoutDetail()).ToList();
}
