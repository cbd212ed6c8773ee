using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

/// <summary>Finds a record only for a caller allowed it: otherwise null, which the endpoints answer as 404.</summary>
public static class Lookups
{
    public static async Task<Referral?> ReferralAsync(this ReferralDbContext db, Guid id, Func<Referral, bool> allowed, CancellationToken cancellationToken) =>
        await db.Referrals.FindAsync([id], cancellationToken) is { } referral && allowed(referral) ? referral : null;

    /// <summary>
    /// A referral the caller changes: null (404) when it may not; refused (403) when it reads one its LA runs. An LA's
    /// officer must hold the role the LA's duty asks.
    /// </summary>
    public static async Task<Referral?> ReferralToChangeAsync(this ReferralDbContext db, Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var referral = await db.Referrals.FindAsync([id], cancellationToken);
        if (referral is not null && caller.ReadsOnly(referral))
        {
            throw new NotPermittedException("The local authority made this referral and runs it; the school reads it.");
        }

        if (referral is null || !caller.MayManage(referral))
        {
            return null;
        }

        referral.ArrangedByLocalAuthority?.RequireOfficer(caller);
        return referral;
    }

    /// <summary>A placement its commissioner changes: null (404) when the caller may not; refused (403) when the school reads one its LA commissions.</summary>
    public static async Task<Placement?> PlacementToChangeAsync(this ReferralDbContext db, Guid id, Caller caller, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([id], cancellationToken);
        return placement is not null && caller.ReadsOnly(placement)
            ? throw new NotPermittedException("The local authority commissions this placement and runs it; the school reads it.")
            : placement is not null && caller.MayManage(placement) ? placement : null;
    }

    /// <summary>
    /// A pupil is live while a referral of theirs is open past draft (the headteacher, trust or LA act on it), and for
    /// good once a placement was planned (its provider and LA have relied on the record).
    /// </summary>
    public static async Task<bool> IsLiveAsync(this ReferralDbContext db, Pupil pupil, CancellationToken cancellationToken) =>
        await db.Referrals.AnyAsync(r => r.PupilId == pupil.Id && r.Status != ReferralStatus.Draft &&
                                         r.Status != ReferralStatus.Withdrawn && r.Status != ReferralStatus.Rejected, cancellationToken) ||
        await db.Placements.AnyAsync(p => p.PupilId == pupil.Id, cancellationToken);

    public static async Task<Placement?> PlacementAsync(this ReferralDbContext db, Guid id, Func<Placement, bool> allowed, CancellationToken cancellationToken) =>
        await db.Placements.FindAsync([id], cancellationToken) is { } placement && allowed(placement) ? placement : null;
}
