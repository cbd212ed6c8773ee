namespace APPlatform.Contracts.Providers;

/// <summary>A provider's record changed (details, registration, profile, inspections, assurances or documents).</summary>
public sealed record ProviderUpdated(Guid ProviderId, string Name, bool IsRegistered, DateTimeOffset OccurredAt) : IIntegrationEvent;
