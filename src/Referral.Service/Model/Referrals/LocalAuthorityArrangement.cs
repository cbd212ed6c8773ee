using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Referrals;

/// <summary>
/// The local authority's duty that makes it arrange the pupil's provision: permanent_exclusion (s19, from the sixth
/// school day of a permanent exclusion), health_needs (s19, a pupil out of school for health reasons), ehc_plan (the
/// provision an EHC plan names, Children and Families Act 2014 s42).
/// </summary>
public enum LocalAuthorityDuty
{
    PermanentExclusion,
    HealthNeeds,
    EhcPlan,
}

/// <summary>
/// A referral the local authority makes, decides and commissions itself, for a pupil it is responsible for, under
/// <paramref name="Duty"/>. Its officers run it: the AP team, and for an EHC plan also the SEND caseworker. For a
/// permanent exclusion it keeps the exclusion's first day and its sixth school day, when the LA's duty starts.
/// </summary>
/// <param name="Duty">Why the local authority arranges the provision.</param>
/// <param name="ExcludedFrom">A permanent exclusion's first day (ISO date).</param>
/// <param name="DutyFrom">A permanent exclusion's sixth school day, in the excluding school's days (ISO date).</param>
public sealed record LocalAuthorityArrangement(LocalAuthorityDuty Duty, DateOnly? ExcludedFrom, DateOnly? DutyFrom)
{
    /// <summary>Education Act 1996 s19; the Education (Provision of Full-Time Education for Excluded Pupils) Regulations 2007: from day six.</summary>
    public static LocalAuthorityArrangement For(LocalAuthorityDuty duty, DateOnly? excludedFrom, SchoolDays days) => duty switch
    {
        LocalAuthorityDuty.PermanentExclusion when excludedFrom is { } first => new(duty, first, DaySix.From(first, days)),
        LocalAuthorityDuty.PermanentExclusion => throw new RuleViolationException("Give the permanent exclusion's first day (excludedFrom)."),
        _ => new(duty, null, null),
    };

    /// <summary>The law the placement is made under: the EHC plan, or s19.</summary>
    public LegalBasis LegalBasis => Duty == LocalAuthorityDuty.EhcPlan ? LegalBasis.EhcPlan : LegalBasis.LocalAuthoritySection19;

    /// <summary>The LA people who run and decide it: the AP team; for an EHC plan, the SEND caseworker too.</summary>
    public IReadOnlyList<string> OfficerRoles => Duty == LocalAuthorityDuty.EhcPlan
        ? [PersonRoles.ApTeam, PersonRoles.SendCaseworker]
        : [PersonRoles.ApTeam];

    /// <summary>Whether a placement starting on <paramref name="start"/> leaves the pupil without provision after the duty began.</summary>
    public bool StartsAfterDutyFrom(DateOnly start) => DutyFrom is { } from && start > from;

    /// <summary>A signed-in person must hold an officer role; the LA's own system acts for the whole authority.</summary>
    public void RequireOfficer(Caller by)
    {
        if (by.OrganisationType == OrganisationType.LocalAuthority && !by.ActsAs([.. OfficerRoles]))
        {
            throw new NotPermittedException(Duty == LocalAuthorityDuty.EhcPlan
                ? "Only the local authority's AP team or the SEND caseworker runs a referral for provision in an EHC plan."
                : "Only the local authority's AP team runs this referral.");
        }
    }
}
