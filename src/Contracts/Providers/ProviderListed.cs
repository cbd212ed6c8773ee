namespace APPlatform.Contracts.Providers;

/// <summary>A provider appeared in the directory (or was reinstated after a suspension): commissioners can use it.</summary>
public sealed record ProviderListed(Guid ProviderId, string Name, bool IsRegistered, DateTimeOffset OccurredAt) : IIntegrationEvent;
