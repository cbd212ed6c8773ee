using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

/// <summary>Finds a record only for a caller allowed it: otherwise null, which the endpoints answer as 404.</summary>
public static class Lookups
{
    public static async Task<Referral?> ReferralAsync(this ReferralDbContext db, Guid id, Func<Referral, bool> allowed, CancellationToken cancellationToken) =>
        await db.Referrals.FindAsync([id], cancellationToken) is { } referral && allowed(referral) ? referral : null;

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
