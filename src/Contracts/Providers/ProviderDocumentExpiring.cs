namespace APPlatform.Contracts.Providers;

/// <summary>A document the directory holds for a provider (insurance, letter of comfort, a policy) expires soon.</summary>
/// <param name="DocumentType">The checklist item, e.g. "insurance", "letter_of_comfort", "safeguarding_policy".</param>
public sealed record ProviderDocumentExpiring(
    Guid ProviderId, string DocumentType, DateOnly ExpiresOn, DateTimeOffset OccurredAt) : IIntegrationEvent;
