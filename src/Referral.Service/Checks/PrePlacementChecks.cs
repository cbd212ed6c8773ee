using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Policies;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Checks;

/// <summary>One check before a placement may start: what it is, whether it passes, and if not, why.</summary>
/// <param name="Check">The check's name, e.g. approvals or parent_agreement.</param>
/// <param name="Passed">Whether it passes.</param>
/// <param name="Detail">What was found; for a failing check, why it fails.</param>
public sealed record PlacementCheck(string Check, bool Passed, string Detail);

/// <summary>
/// What must be true before a pupil starts at a provider (trust policy §5, §7, §9; SI 2010/1156 for an off-site
/// direction). Every check is run, so the school sees everything still to do at once. Provider facts come from the
/// directory's events, not a call to Directory.Service. The first time the provider's listing and audit checks both
/// pass, the placement is shared with the provider: before that it never sees the pupil.
/// </summary>
public sealed class PrePlacementChecks(ReferralDbContext db, SchoolPolicies policies, TimeProvider clock)
{
    /// <summary>SI 2010/1156 reg 3: written notice of an off-site direction at least two school days before it starts.</summary>
    public const int OffSiteDirectionNoticeSchoolDays = 2;

    public async Task<IReadOnlyList<PlacementCheck>> RunAsync(Placement placement, Referral referral, CancellationToken cancellationToken)
    {
        var (listing, audit) = await ProviderChecksAsync(placement, cancellationToken);
        var cap = await policies.UnregisteredHoursCapAsync(placement, cancellationToken);
        var notice = await policies.InSchoolDaysAsync(referral.SchoolId, days => Notice(placement, days), cancellationToken);
        return
        [
            Approvals(referral),
            ParentAgreement(referral),
            Plan(referral),
            listing,
            audit,
            UnregisteredHours(placement, referral, cap),
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
        var (listing, audit) = (Listing(provider), Audit(placement, audits));
        if (listing.Passed && audit.Passed)
        {
            placement.ShareWithProvider(clock.GetUtcNow());
        }

        return (listing, audit);
    }

    private static PlacementCheck Approvals(Referral referral)
    {
        var decisions = string.Join(" and ", referral.Approvals.Where(a => a.Approved).Select(a => $"the {a.Stage.ToString().ToLowerInvariant()} ({a.DecidedBy})"));
        return referral.Approvals.Any(a => a.Approved && a.Stage == ApprovalStage.Headteacher) && referral.History.Any(h => h.Status == ReferralStatus.Approved)
            ? new("approvals", true, $"Approved by {decisions}.")
            : new("approvals", false, "The referral has not been approved by the headteacher and, where the trust's policy asks, the trust.");
    }

    private static PlacementCheck ParentAgreement(Referral referral) => referral switch
    {
        { Route: ReferralRoute.OffSiteDirection } => new("parent_agreement", true, "An off-site direction does not need the parents' consent; they must still be notified."),
        { ParentAgreement.Agreed: true } => new("parent_agreement", true, $"Agreed with the parents on {referral.ParentAgreement.MeetingOn:yyyy-MM-dd}."),
        _ => new("parent_agreement", false, "The parents have not agreed to the placement."),
    };

    private static PlacementCheck Plan(Referral referral) => referral.Plan is { Objectives.Count: > 0 }
        ? new("personalised_plan", true, $"{referral.Plan.Objectives.Count} objectives, reintegration target: {referral.Plan.ReintegrationTarget}.")
        : new("personalised_plan", false, "Record the personalised plan: objectives, baseline, timeframes, monitoring and the reintegration target (trust policy §6).");

    private static PlacementCheck Listing(ProviderSnapshot? provider) => provider switch
    {
        null => new("provider_listing", false, "The directory has not told us of this provider; it must be on the directory before a placement starts."),
        { Listing: ProviderListing.Suspended } => new("provider_listing", false, $"{provider.Name} is suspended from the directory."),
        { Listing: ProviderListing.Removed } => new("provider_listing", false, $"{provider.Name} has been removed from the directory."),
        _ => new("provider_listing", true, $"{provider.Name} is listed."),
    };

    /// <summary>A completed, suitable audit the school may rely on that is still valid on the start date (policy §7, Appendix 1).</summary>
    private static PlacementCheck Audit(Placement placement, List<AuditSnapshot> audits)
    {
        var usable = audits.Where(a => a.MayBeReliedOnBy(placement.SchoolId, placement.TrustId, placement.LocalAuthorityId)).ToList();
        var valid = usable.Where(a => a.Suitable && a.ValidUntil >= placement.StartDate).MaxBy(a => a.ValidUntil);
        if (valid is not null)
        {
            return new("audit", true, $"Audit and risk assessment completed on {valid.CompletedOn:yyyy-MM-dd}, suitable, valid until {valid.ValidUntil:yyyy-MM-dd}.");
        }

        var latest = usable.MaxBy(a => a.CompletedOn);
        return latest switch
        {
            null => new("audit", false, "No completed audit and risk assessment of this provider (Appendix 1) that this school may rely on."),
            { Suitable: false } => new("audit", false, $"The latest audit ({latest.CompletedOn:yyyy-MM-dd}) found the provider not suitable."),
            _ => new("audit", false, $"The audit of {latest.CompletedOn:yyyy-MM-dd} expires on {latest.ValidUntil:yyyy-MM-dd}, before the start; audit again."),
        };
    }

    /// <summary>Policy §5: an unregistered provider only by exception, recorded, and for no more than the trust's hours.</summary>
    private static PlacementCheck UnregisteredHours(Placement placement, Referral referral, UnregisteredHoursCap cap)
    {
        if (cap.ProviderIsRegistered)
        {
            return new("unregistered_provider", true, "The provider is a registered school.");
        }

        var problems = new List<string>();
        if (!cap.Allows(placement.HoursPerWeek))
        {
            problems.Add(cap.Breach(placement.HoursPerWeek));
        }

        if (string.IsNullOrWhiteSpace(referral.UnregisteredJustification))
        {
            problems.Add("record why no registered provider can meet the pupil's needs (exceptional use)");
        }

        return problems.Count == 0
            ? new("unregistered_provider", true,
                $"Unregistered, {placement.HoursPerWeek:0.##} of at most {cap.MaxHoursPerWeek:0.##} hours a week; exceptional use recorded.")
            : new("unregistered_provider", false, char.ToUpperInvariant(problems[0][0]) + string.Join("; ", problems)[1..] + ".");
    }

    private static PlacementCheck Notice(Placement placement, SchoolDays schoolDaysOf)
    {
        if (placement.LatestNotice is not { } notice)
        {
            return new("parent_notification", false, "The parents have not been sent the written notification (trust policy §9).");
        }

        if (notice.StartDate != placement.StartDate)
        {
            return new("parent_notification", false, $"The notification gave a start of {notice.StartDate:yyyy-MM-dd}; issue it again for {placement.StartDate:yyyy-MM-dd}.");
        }

        if (placement.LegalBasis == LegalBasis.OffSiteDirection)
        {
            var schoolDays = schoolDaysOf.SchoolDaysBetween(notice.IssuedOn, placement.StartDate);
            if (schoolDays < OffSiteDirectionNoticeSchoolDays)
            {
                return new("parent_notification", false,
                    $"An off-site direction needs written notice at least {OffSiteDirectionNoticeSchoolDays} school days before the start; " +
                    $"it was issued on {notice.IssuedOn:yyyy-MM-dd}, {schoolDays} school day(s) before {placement.StartDate:yyyy-MM-dd}.");
            }
        }

        return new("parent_notification", true, $"Issued on {notice.IssuedOn:yyyy-MM-dd}.");
    }
}
