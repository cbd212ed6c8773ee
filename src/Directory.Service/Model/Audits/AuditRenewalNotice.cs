namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>
/// An audit's author (and the local authority it is shared with) is told <paramref name="Before"/> ahead
/// (<c>Directory:Audits:RenewalNoticeBefore</c>, 30 days) that a completed audit stops being valid, so the provider is
/// audited again in time. Each author has one reminder per provider: completing a newer audit moves it. A reminder for
/// an audit since replaced by the author's newer one, or for a provider removed from the directory, is not given.
/// </summary>
/// <remarks>Trust policy §7 and Appendix 1: the audit is kept current by regular visits; <see cref="AuditValidity"/>.</remarks>
public sealed record AuditRenewalNotice(TimeSpan Before)
{
    /// <summary>The day the re-audit reminder for <paramref name="audit"/> is due, or null for a draft.</summary>
    public DateOnly? DueOn(AuditRiskAssessment audit) => audit.ValidUntil is { } lastDay ? new ExpiryNotice(Before).DueOn(lastDay) : null;

    /// <summary>Whether the reminder for <paramref name="audit"/> still stands: it is its author's latest completed audit of a listed provider.</summary>
    public static bool StillStands(AuditRiskAssessment? audit, Provider? provider, AuditRiskAssessment? authorsLatest) =>
        audit is { CompletedAt: not null } && provider is { Status: not ListingStatus.Removed } && authorsLatest?.Id == audit.Id;
}
