namespace APPlatform.Contracts.Providers;

/// <summary>A provider appeared in the directory and commissioners can now find it.</summary>
public sealed record ProviderListed(Guid ProviderId, string Name, DateTimeOffset OccurredAt) : IIntegrationEvent;
