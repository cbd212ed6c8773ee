using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Referrals.Model;

/// <summary>
/// Who may see and change a referral or placement. A school its own pupils; its trust and local authority see them (the
/// LA runs those it made and commissions, which its school only reads); a
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

    /// <summary>
    /// The school runs its referrals, and the local authority those it made; the platform admin may act for either.
    /// </summary>
    public static bool MayManage(this Caller caller, Referral referral) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.School => referral.SchoolId == caller.OrganisationId && referral.ArrangedByLocalAuthority is null,
        OrganisationType.LocalAuthority => referral.LocalAuthorityId == caller.OrganisationId && referral.ArrangedByLocalAuthority is not null,
        _ => false,
    };

    /// <summary>
    /// The pupil's school reads a referral its local authority made, and the placement the LA commissions, but the LA
    /// runs them: a change the school asks for is refused (403), not hidden, since it sees them.
    /// </summary>
    public static bool ReadsOnly(this Caller caller, Referral referral) =>
        caller.OrganisationType == OrganisationType.School && referral.SchoolId == caller.OrganisationId && referral.ArrangedByLocalAuthority is not null;

    public static bool ReadsOnly(this Caller caller, Placement placement) =>
        caller.OrganisationType == OrganisationType.School && placement.SchoolId == caller.OrganisationId &&
        placement.CommissionerType == CommissionerType.LocalAuthority;

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
        OrganisationType.School => placement.SchoolId == caller.OrganisationId && placement.CommissionerType == CommissionerType.School,
        OrganisationType.LocalAuthority => placement.CommissionerType == CommissionerType.LocalAuthority && placement.CommissionerId == caller.OrganisationId,
        _ => false,
    };

    /// <summary>
    /// Who may name the commissioner. A school arranges its own placements; only the local authority commissions one
    /// (s19, or provision in an EHC plan), since that makes it answerable for the placement and lets it run it: the LA
    /// for a referral it made, or a platform admin recording one for the LA.
    /// </summary>
    public static bool MayCommissionAs(this Caller caller, CommissionerType commissioner, Referral referral) => caller.OrganisationType switch
    {
        OrganisationType.PlatformAdmin => true,
        OrganisationType.LocalAuthority => commissioner == CommissionerType.LocalAuthority && caller.MayManage(referral),
        _ => commissioner == CommissionerType.School,
    };

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
