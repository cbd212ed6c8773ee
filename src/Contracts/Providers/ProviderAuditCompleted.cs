namespace APPlatform.Contracts.Providers;

/// <summary>
/// A commissioner completed an audit and risk assessment of a provider (trust policy Appendix 1). Shared audits can be
/// relied on by the other commissioners in the same local authority; a private one only by its author (and trust).
/// </summary>
public sealed record ProviderAuditCompleted(
    Guid AuditId,
    Guid ProviderId,
    Guid AuthorOrganisationId,
    Guid? AuthorTrustId,
    Guid? LocalAuthorityId,
    bool IsShared,
    bool Suitable,
    DateOnly CompletedOn,
    DateOnly ValidUntil,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
