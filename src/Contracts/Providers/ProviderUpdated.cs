namespace APPlatform.Contracts.Providers;

/// <summary>A provider's record changed (details, registration, profile, inspections, assurances or documents).</summary>
/// <param name="Urn">The provider's URN (Get Information about Schools), if it has one; public, as GIAS shows it.</param>
/// <param name="Ukprn">The provider's UK provider reference number, if it has one; public, as the UKRLP shows it.</param>
public sealed record ProviderUpdated(
    Guid ProviderId, string Name, bool IsRegistered, DateTimeOffset OccurredAt, string? Urn = null, string? Ukprn = null) : IIntegrationEvent;
