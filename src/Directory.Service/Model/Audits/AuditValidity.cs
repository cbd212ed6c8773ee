using System.Linq.Expressions;

namespace APPlatform.ProviderDirectory.Model.Audits;

/// <summary>
/// A completed audit may be relied on for a set time (<c>Directory:Audits:ValidFor</c>, 365 days) from its
/// completion: through its last valid day, and not after. An expired audit must be done again before a placement
/// relies on it; a draft is never relied on.
/// </summary>
/// <remarks>Trust policy §7 and Appendix 1: the audit and risk assessment is done before the placement and kept current by regular visits.</remarks>
public static class AuditValidity
{
    /// <summary>The last day an audit completed at <paramref name="completedAt"/> may be relied on.</summary>
    public static DateOnly LastValidDay(DateTimeOffset completedAt, TimeSpan validFor) => DateOnly.FromDateTime((completedAt + validFor).UtcDateTime);

    /// <summary>The audits that may be relied on <paramref name="day"/>: completed, and valid through it. One expression for queries and records.</summary>
    public static Expression<Func<AuditRiskAssessment, bool>> ReliedOnOn(DateOnly day) => audit => audit.CompletedAt != null && audit.ValidUntil >= day;
}
