using APPlatform.Contracts;
using APPlatform.Contracts.Providers;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>The integration events a provider's changes raise: identifiers and minimal state only.</summary>
public static class ProviderEvents
{
    public static IIntegrationEvent Updated(Provider provider, DateTimeOffset now) =>
        new ProviderUpdated(provider.Id, provider.Name, provider.IsRegistered, now, provider.Registration.Urn, provider.Registration.Ukprn);

    /// <summary>The event for a listing's new status, if that status is one other services act on.</summary>
    public static IIntegrationEvent? ForStatus(Provider provider, DateTimeOffset now) => provider.Status switch
    {
        ListingStatus.Listed => new ProviderListed(
            provider.Id, provider.Name, provider.IsRegistered, now, provider.Registration.Urn, provider.Registration.Ukprn),
        ListingStatus.Suspended => new ProviderSuspended(provider.Id, provider.Name, now),
        ListingStatus.Removed => new ProviderRemoved(provider.Id, provider.Name, now),
        _ => null,
    };

    /// <summary>A completed audit: who may rely on it and until when, never its answers.</summary>
    public static ProviderAuditCompleted AuditCompleted(Audits.AuditRiskAssessment audit, DateTimeOffset now) => new(
        audit.Id, audit.ProviderId, audit.AuthorOrganisationId, audit.AuthorTrustId, audit.LocalAuthorityId, !audit.IsPrivate,
        audit.Suitable!.Value, DateOnly.FromDateTime(now.UtcDateTime), audit.ValidUntil!.Value, now);
}
