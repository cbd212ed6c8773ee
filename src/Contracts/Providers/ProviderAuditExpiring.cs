namespace APPlatform.Contracts.Providers;

/// <summary>
/// A completed audit stops being valid soon: its author must audit the provider again before a placement relies on it
/// after <paramref name="ValidUntil"/> (trust policy §7 and Appendix 1).
/// </summary>
/// <param name="AuthorType">The author's kind of organisation: "school", "trust" or "local_authority".</param>
/// <param name="LocalAuthorityId">The local authority the audit is shared with; null when the author keeps it private.</param>
public sealed record ProviderAuditExpiring(
    Guid AuditId, Guid ProviderId, Guid AuthorOrganisationId, string AuthorType, Guid? LocalAuthorityId, DateOnly ValidUntil, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
