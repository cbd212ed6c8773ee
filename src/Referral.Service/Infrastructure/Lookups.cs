using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;

namespace APPlatform.Referrals.Infrastructure;

/// <summary>Finds a record only for a caller allowed it: otherwise null, which the endpoints answer as 404.</summary>
public static class Lookups
{
    public static async Task<Referral?> ReferralAsync(this ReferralDbContext db, Guid id, Func<Referral, bool> allowed, CancellationToken cancellationToken) =>
        await db.Referrals.FindAsync([id], cancellationToken) is { } referral && allowed(referral) ? referral : null;

    public static async Task<Placement?> PlacementAsync(this ReferralDbContext db, Guid id, Func<Placement, bool> allowed, CancellationToken cancellationToken) =>
        await db.Placements.FindAsync([id], cancellationToken) is { } placement && allowed(placement) ? placement : null;
}
