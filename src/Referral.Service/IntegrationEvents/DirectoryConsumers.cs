using APPlatform.Contracts.Providers;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Directory;
using MassTransit;

namespace APPlatform.Referrals.IntegrationEvents;

/// <summary>
/// Keeps Referral.Service's copy of the directory (listing, registration, completed audits) so the pre-placement checks
/// answer without calling Directory.Service, and still answer when it is down.
/// </summary>
public sealed class DirectoryConsumers(ReferralDbContext db) :
    IConsumer<ProviderListed>, IConsumer<ProviderUpdated>, IConsumer<ProviderSuspended>, IConsumer<ProviderRemoved>, IConsumer<ProviderAuditCompleted>
{
    public Task Consume(ConsumeContext<ProviderListed> context) => RecordAsync(context.Message.ProviderId, context.Message.Name,
        (context.Message.IsRegistered, context.Message.Urn, context.Message.Ukprn), ProviderListing.Listed, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<ProviderUpdated> context) => RecordAsync(context.Message.ProviderId, context.Message.Name,
        (context.Message.IsRegistered, context.Message.Urn, context.Message.Ukprn), null, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<ProviderSuspended> context) =>
        RecordAsync(context.Message.ProviderId, context.Message.Name, null, ProviderListing.Suspended, context.Message.OccurredAt);

    public Task Consume(ConsumeContext<ProviderRemoved> context) =>
        RecordAsync(context.Message.ProviderId, context.Message.Name, null, ProviderListing.Removed, context.Message.OccurredAt);

    public async Task Consume(ConsumeContext<ProviderAuditCompleted> context)
    {
        var audit = context.Message;
        if (await db.Audits.FindAsync([audit.AuditId], context.CancellationToken) is null)
        {
            db.Audits.Add(new AuditSnapshot
            {
                AuditId = audit.AuditId,
                ProviderId = audit.ProviderId,
                AuthorOrganisationId = audit.AuthorOrganisationId,
                AuthorTrustId = audit.AuthorTrustId,
                LocalAuthorityId = audit.LocalAuthorityId,
                IsShared = audit.IsShared,
                Suitable = audit.Suitable,
                CompletedOn = audit.CompletedOn,
                ValidUntil = audit.ValidUntil,
            });
        }
    }

    /// <summary>
    /// Events from one provider can arrive out of order: an older one never overwrites a newer. The registration (its
    /// URN and UKPRN with it) comes only with a listing or an update.
    /// </summary>
    private async Task RecordAsync(
        Guid providerId, string name, (bool IsRegistered, string? Urn, string? Ukprn)? registration, ProviderListing? listing, DateTimeOffset occurredAt)
    {
        var provider = await db.Providers.FindAsync(providerId);
        if (provider is null)
        {
            provider = new ProviderSnapshot { ProviderId = providerId, Listing = listing ?? ProviderListing.Listed };
            db.Providers.Add(provider);
        }
        else if (provider.UpdatedAt > occurredAt)
        {
            return;
        }

        provider.Name = name;
        if (registration is { } given)
        {
            (provider.IsRegistered, provider.Urn, provider.Ukprn) = given;
        }

        provider.Listing = listing ?? provider.Listing;
        provider.UpdatedAt = occurredAt;
    }
}
