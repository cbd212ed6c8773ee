using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>One check before a placement may start: what it is, whether it passes, and if not, why.</summary>
/// <param name="Check">The check's name, e.g. approvals or parent_agreement.</param>
/// <param name="Passed">Whether it passes.</param>
/// <param name="Detail">What was found; for a failing check, why it fails.</param>
public sealed record PlacementCheck(string Check, bool Passed, string Detail);

/// <summary>
/// What must be true before a pupil starts at a provider, one rule each. Each answers a <see cref="PlacementCheck"/>
/// rather than refusing, so the school sees everything still to do at once (Checks/PrePlacementChecks runs them all).
/// </summary>
/// <remarks>Trust policy §5, §6, §7, §9 and Appendix 1; SI 2010/1156 for an off-site direction.</remarks>
public static class PrePlacementRules
{
    /// <summary>
    /// Trust policy §7: the headteacher approved and, where the trust's policy asks, the trust; or, for a referral the
    /// local authority made, the local authority.
    /// </summary>
    public static PlacementCheck Approvals(Referral referral)
    {
        var decisions = string.Join(" and ", referral.Approvals.Where(a => a.Approved).Select(a => $"the {EnumNames.Name(a.Stage).Replace('_', ' ')} ({a.DecidedBy})"));
        return referral.Approvals.Any(a => a.Approved && a.Stage == referral.DecidingStage) && referral.History.Any(h => h.Status == ReferralStatus.Approved)
            ? new("approvals", true, $"Approved by {decisions}.")
            : new("approvals", false, referral.DecidingStage == ApprovalStage.LocalAuthority
                ? "The local authority has not approved its referral."
                : "The referral has not been approved by the headteacher and, where the trust's policy asks, the trust.");
    }

    /// <summary>Trust policy §7: the parents agreed; an off-site direction (s29A) needs no consent, only notice.</summary>
    public static PlacementCheck ParentAgreement(Referral referral) => referral switch
    {
        { Route: ReferralRoute.OffSiteDirection } => new("parent_agreement", true, "An off-site direction does not need the parents' consent; they must still be notified."),
        { ParentAgreement.Agreed: true } => new("parent_agreement", true, $"Agreed with the parents on {referral.ParentAgreement.MeetingOn:yyyy-MM-dd}."),
        _ => new("parent_agreement", false, "The parents have not agreed to the placement."),
    };

    /// <summary>Trust policy §6: a personalised plan with objectives.</summary>
    public static PlacementCheck PersonalisedPlan(Referral referral) => referral.Plan is { Objectives.Count: > 0 }
        ? new("personalised_plan", true, $"{referral.Plan.Objectives.Count} objectives, reintegration target: {referral.Plan.ReintegrationTarget}.")
        : new("personalised_plan", false, "Record the personalised plan: objectives, baseline, timeframes, monitoring and the reintegration target (trust policy §6).");

    /// <summary>Trust policy §5: the directory lists the provider (not suspended or removed).</summary>
    public static PlacementCheck ProviderListing(ProviderSnapshot? provider) => provider switch
    {
        null => new("provider_listing", false, "The directory has not told us of this provider; it must be on the directory before a placement starts."),
        { Listing: Directory.ProviderListing.Suspended } => new("provider_listing", false, $"{provider.Name} is suspended from the directory."),
        { Listing: Directory.ProviderListing.Removed } => new("provider_listing", false, $"{provider.Name} has been removed from the directory."),
        _ => new("provider_listing", true, $"{provider.Name} is listed."),
    };

    /// <summary>
    /// Trust policy §7, Appendix 1: a completed, suitable audit the school may rely on (or the commissioning LA's own),
    /// still valid on the start date.
    /// </summary>
    public static PlacementCheck Audit(Placement placement, IEnumerable<AuditSnapshot> audits)
    {
        var usable = audits.Where(a => a.MayBeReliedOnBy(placement.SchoolId, placement.TrustId, placement.LocalAuthorityId) ||
                                       a.AuthorOrganisationId == placement.CommissionerId).ToList();
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

    /// <summary>Trust policy §5, Appendix 1: an unregistered provider only by exception, recorded, and within the trust's hours (<see cref="UnregisteredHoursCap"/>).</summary>
    public static PlacementCheck UnregisteredProvider(Placement placement, Referral referral, UnregisteredHoursCap cap)
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

    /// <summary>
    /// Trust policy §9: the parents were notified in writing for this start date; for an off-site direction, in time
    /// (<see cref="OffSiteDirectionNotice"/>).
    /// </summary>
    public static PlacementCheck ParentNotification(Placement placement, SchoolDays days)
    {
        if (placement.LatestNotice is not { } notice)
        {
            return new("parent_notification", false, "The parents have not been sent the written notification (trust policy §9).");
        }

        if (notice.StartDate != placement.StartDate)
        {
            return new("parent_notification", false, $"The notification gave a start of {notice.StartDate:yyyy-MM-dd}; issue it again for {placement.StartDate:yyyy-MM-dd}.");
        }

        var late = placement.LegalBasis == LegalBasis.OffSiteDirection ? OffSiteDirectionNotice.Check(notice.IssuedOn, placement.StartDate, days) : null;
        return late is null
            ? new("parent_notification", true, $"Issued on {notice.IssuedOn:yyyy-MM-dd}.")
            : new("parent_notification", false, late);
    }
}
