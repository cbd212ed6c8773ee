using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Apis;

public sealed record DocumentView(
    DocumentType Type, DocumentStatus Status, bool Seen, string? Link, DateOnly? SeenOn, DateOnly? ExpiresOn, Guid? VerifiedBy);

/// <summary>The full provider record, as GET /api/directory/providers/{id} answers it.</summary>
public sealed record ProviderRecord(
    Guid Id,
    string Name,
    ListingStatus Status,
    bool IsRegistered,
    ProviderDetails Details,
    IReadOnlyList<Site> Sites,
    Registration Registration,
    ProvisionProfile Profile,
    string? OfstedOutcome,
    IReadOnlyList<OfstedInspection> Inspections,
    IReadOnlyList<Assurance> Assurances,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<ListingChange> ListingHistory,
    IReadOnlyList<LocalAuthorityListing> LocalAuthorityListings,
    Guid? OwnerId,
    IReadOnlyList<ListingAction> ListingActionsAllowed,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ProviderRecord From(Provider provider, Caller caller, DateOnly today) => new(
        provider.Id,
        provider.Name,
        provider.Status,
        provider.IsRegistered,
        provider.Details,
        provider.Sites.OrderBy(site => site.Id).ToList(),
        provider.Registration,
        provider.Profile,
        provider.OfstedOutcome,
        provider.Inspections,
        provider.Assurances,
        provider.Documents.Select(d => new DocumentView(d.Type, d.StatusOn(today), d.Seen, d.Link, d.SeenOn, d.ExpiresOn, d.VerifiedBy)).ToList(),
        caller.Manages(provider) ? provider.ListingHistory : provider.ListingHistory.Select(WithoutReason).ToList(),
        provider.LocalAuthorityListings.OrderBy(listing => listing.ListedAt).ToList(),
        provider.OwnerId,
        ListingLifecycle.From(provider.Status).Where(action => ListingLifecycle.MayTake(caller, action, provider)).ToList(),
        provider.CreatedAt,
        provider.UpdatedAt);

    /// <summary>Why a provider was suspended or removed may be a safeguarding matter: only its keepers read the reason.</summary>
    private static ListingChange WithoutReason(ListingChange change) => change with { Reason = null };
}
