using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model;

/// <summary>
/// Who may see and change a referral or placement. A school its own pupils; its trust and local authority see them; a
/// provider only the placements made with it once shared with it (the listing and audit checks passed), and never a
/// referral; the platform admin everything. A record the caller
/// may not see answers 404, so its existence does not leak.
/// </summary>
public static class Access
{
    public static bool MaySee(this Caller caller, Referral referral) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => referral.SchoolId == caller.OrganisationId,
        OrganisationType.Trust => referral.TrustId == caller.OrganisationId,
        OrganisationType.LocalAuthority => referral.LocalAuthorityId == caller.OrganisationId,
        _ => false,
    };

    /// <summary>The school runs its referrals; the platform admin may act for it.</summary>
    public static bool MayManage(this Caller caller, Referral referral) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin ||
        (caller.OrganisationType == OrganisationType.School && referral.SchoolId == caller.OrganisationId);

    public static bool MaySee(this Caller caller, Placement placement) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => placement.SchoolId == caller.OrganisationId,
        OrganisationType.Trust => placement.TrustId == caller.OrganisationId,
        OrganisationType.LocalAuthority => placement.LocalAuthorityId == caller.OrganisationId,
        OrganisationType.Provider => caller.IsProviderOf(placement),
        _ => false,
    };

    /// <summary>
    /// A suspension: the school that recorded it, and its local authority, which is told when day six comes without
    /// provision; the platform admin too.
    /// </summary>
    public static bool MaySee(this Caller caller, Suspension suspension) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => suspension.SchoolId == caller.OrganisationId,
        OrganisationType.LocalAuthority => suspension.LocalAuthorityId == caller.OrganisationId,
        _ => false,
    };

    /// <summary>The commissioner runs the placement: the school, or the LA for one it arranged.</summary>
    public static bool MayManage(this Caller caller, Placement placement) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => placement.SchoolId == caller.OrganisationId,
        OrganisationType.LocalAuthority => placement.CommissionerType == CommissionerType.LocalAuthority && placement.CommissionerId == caller.OrganisationId,
        _ => false,
    };

    /// <summary>
    /// Who may name the commissioner. A school arranges its own placements; only the local authority commissions one
    /// (s19, or provision in an EHC plan), since that makes it answerable for the placement and lets it run it. Until
    /// LAs plan placements here themselves, a platform admin records one for the LA.
    /// </summary>
    public static bool MayCommissionAs(this Caller caller, CommissionerType commissioner) =>
        commissioner == CommissionerType.School || caller.OrganisationType == OrganisationType.PlatformAdmin;

    /// <summary>
    /// The trust report (trust policy §10.1–§10.3) is for the trust's AP lead and executives, and its systems; the
    /// platform admin reads any trust's.
    /// </summary>
    public static bool MayReadTrustReport(this Caller caller) =>
        caller.OrganisationType is OrganisationType.Trust or OrganisationType.PlatformAdmin && caller.ActsAs(PersonRoles.ApLead, PersonRoles.Executive);

    public static bool IsProviderOf(this Caller caller, Placement placement) =>
        caller.OrganisationType == OrganisationType.Provider && placement.ProviderId == caller.OrganisationId &&
        placement.SharedWithProviderAt != null;

    public static IQueryable<Referral> VisibleTo(this IQueryable<Referral> referrals, Caller caller) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => referrals,
        OrganisationType.School => referrals.Where(r => r.SchoolId == caller.OrganisationId),
        OrganisationType.Trust => referrals.Where(r => r.TrustId == caller.OrganisationId),
        OrganisationType.LocalAuthority => referrals.Where(r => r.LocalAuthorityId == caller.OrganisationId),
        _ => referrals.Where(_ => false),
    };

    public static IQueryable<Placement> VisibleTo(this IQueryable<Placement> placements, Caller caller) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => placements,
        OrganisationType.School => placements.Where(p => p.SchoolId == caller.OrganisationId),
        OrganisationType.Trust => placements.Where(p => p.TrustId == caller.OrganisationId),
        OrganisationType.LocalAuthority => placements.Where(p => p.LocalAuthorityId == caller.OrganisationId),
        OrganisationType.Provider => placements.Where(p => p.ProviderId == caller.OrganisationId && p.SharedWithProviderAt != null),
        _ => placements.Where(_ => false),
    };

    public static IQueryable<Suspension> VisibleTo(this IQueryable<Suspension> suspensions, Caller caller) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => suspensions,
        OrganisationType.School => suspensions.Where(s => s.SchoolId == caller.OrganisationId),
        OrganisationType.LocalAuthority => suspensions.Where(s => s.LocalAuthorityId == caller.OrganisationId),
        _ => suspensions.Where(_ => false),
    };
}
