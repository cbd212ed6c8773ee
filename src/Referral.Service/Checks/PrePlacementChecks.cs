using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using APPlatform.Referrals.Policies;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Checks;

/// <summary>
/// Runs every check before a pupil starts at a provider (<see cref="PrePlacementRules"/>, the model's rules), so the
/// school sees everything still to do at once. Provider facts come from the directory's events, not a call to
/// Directory.Service. The first time the provider's listing and audit checks both
/// pass, the placement is shared with the provider: before that it never sees the pupil.
/// </summary>
public sealed class PrePlacementChecks(ReferralDbContext db, SchoolPolicies policies, TimeProvider clock)
{
    public async Task<IReadOnlyList<PlacementCheck>> RunAsync(Placement placement, Referral referral, CancellationToken cancellationToken)
    {
        var (listing, audit) = await ProviderChecksAsync(placement, cancellationToken);
        var cap = await policies.UnregisteredHoursCapAsync(placement, cancellationToken);
        var notice = await policies.InSchoolDaysAsync(referral.SchoolId, days => PrePlacementRules.ParentNotification(placement, days), cancellationToken);
        return
        [
            PrePlacementRules.Approvals(referral),
            PrePlacementRules.ParentAgreement(referral),
            PrePlacementRules.PersonalisedPlan(referral),
            listing,
            audit,
            PrePlacementRules.UnregisteredProvider(placement, referral, cap),
            notice,
        ];
    }

    /// <summary>Only the provider's listing and audit checks: enough to decide whether the placement is shared with it.</summary>
    public Task ShareIfProviderPassesAsync(Placement placement, CancellationToken cancellationToken) =>
        ProviderChecksAsync(placement, cancellationToken);

    private async Task<(PlacementCheck Listing, PlacementCheck Audit)> ProviderChecksAsync(Placement placement, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([placement.ProviderId], cancellationToken);
        var audits = await db.Audits.Where(a => a.ProviderId == placement.ProviderId).ToListAsync(cancellationToken);
        var (listing, audit) = (PrePlacementRules.ProviderListing(provider), PrePlacementRules.Audit(placement, audits));
        if (listing.Passed && audit.Passed)
        {
            placement.ShareWithProvider(clock.GetUtcNow());
        }

        return (listing, audit);
    }
}
