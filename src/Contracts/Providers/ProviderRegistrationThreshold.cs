namespace APPlatform.Contracts.Providers;

/// <summary>
/// An unregistered provider is close to the numbers at which it must register as an independent school, counted across
/// every commissioner for the week starting <paramref name="WeekStarting"/> (a Monday).
/// </summary>
/// <param name="LocalAuthorityId">The local authority that keeps the provider's record, told as well; null for a provider no LA keeps.</param>
public sealed record ProviderRegistrationThresholdAtRisk(
    Guid ProviderId, Guid? LocalAuthorityId, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>An unregistered provider has reached the numbers at which it must register as an independent school.</summary>
/// <param name="LocalAuthorityId">The local authority that keeps the provider's record, told as well; null for a provider no LA keeps.</param>
public sealed record ProviderRegistrationThresholdBreached(
    Guid ProviderId, Guid? LocalAuthorityId, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
