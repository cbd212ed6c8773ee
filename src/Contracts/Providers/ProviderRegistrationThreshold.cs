namespace APPlatform.Contracts.Providers;

/// <summary>
/// An unregistered provider is close to the numbers at which it must register as an independent school, counted across
/// every commissioner for the week starting <paramref name="WeekStarting"/> (a Monday).
/// </summary>
public sealed record ProviderRegistrationThresholdAtRisk(
    Guid ProviderId, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils, DateTimeOffset OccurredAt)
    : IIntegrationEvent;

/// <summary>An unregistered provider has reached the numbers at which it must register as an independent school.</summary>
public sealed record ProviderRegistrationThresholdBreached(
    Guid ProviderId, DateOnly WeekStarting, int FullTimePupils, int FullTimeLookedAfterOrEhcpPupils, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
