namespace APPlatform.Contracts.Providers;

/// <summary>
/// The directory suspended a provider: no new placement may start there. The reason stays in the directory; it may be a
/// safeguarding matter.
/// </summary>
public sealed record ProviderSuspended(Guid ProviderId, string Name, DateTimeOffset OccurredAt) : IIntegrationEvent;
