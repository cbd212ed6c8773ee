namespace APPlatform.Contracts.Providers;

/// <summary>
/// The platform's check against DfE's Get Information about Schools found that a registered provider's record does not
/// match it; the local authority that keeps the record has the finding as a registration concern.
/// </summary>
/// <param name="ConcernId">The finding, a concern the local authority deals with.</param>
/// <param name="Urn">The URN the provider's record gives, if any.</param>
/// <param name="Mismatches">What does not match: no_urn, urn_not_on_gias, not_open, not_an_ap_type, ukprn_differs.</param>
public sealed record ProviderRegistrationNotVerified(
    Guid ConcernId, Guid ProviderId, Guid LocalAuthorityId, string? Urn, IReadOnlyList<string> Mismatches, DateTimeOffset OccurredAt)
    : IIntegrationEvent;
