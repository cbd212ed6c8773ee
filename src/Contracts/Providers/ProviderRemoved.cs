namespace APPlatform.Contracts.Providers;

/// <summary>A provider was removed from the directory for good.</summary>
public sealed record ProviderRemoved(Guid ProviderId, string Name, DateTimeOffset OccurredAt) : IIntegrationEvent;
