namespace APPlatform.Contracts.Providers;

/// <summary>
/// A commissioner raised a concern about a provider with a local authority's directory team. Only its category travels;
/// what the concern says stays in the directory.
/// </summary>
/// <param name="Category">safeguarding, quality_of_education, attendance, health_and_safety, registration or other.</param>
public sealed record ProviderConcernRaised(Guid ConcernId, Guid ProviderId, Guid LocalAuthorityId, string Category, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
