using APPlatform.ProviderDirectory.Apis.Responses;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>One document of the provider's checklist (Appendix 1), with its status as of today.</summary>
/// <param name="Type">Which document.</param>
/// <param name="Status">
/// Seen, missing (not seen) or expired (seen, but its expiry date has passed), as of today.
/// </param>
/// <param name="Seen">Whether the local authority has seen it, as recorded on the checklist.</param>
/// <param name="Link">Where it is kept, an absolute URL; null when not seen.</param>
/// <param name="SeenOn">When it was seen (ISO date).</param>
/// <param name="ExpiresOn">When it lapses (ISO date), e.g. an insurance's renewal date; null when it does not.</param>
/// <param name="VerifiedBy">Who verified it (a user id); nothing records this yet, so it is always null.</param>
public sealed record DocumentView(
    DocumentType Type, DocumentStatus Status, bool Seen, string? Link, DateOnly? SeenOn, DateOnly? ExpiresOn, Guid? VerifiedBy);

/// <summary>The full provider record, as GET /api/directory/providers/{id} answers it.</summary>
/// <param name="Id">The provider's id.</param>
/// <param name="Name">Its trading name.</param>
/// <param name="Status">Where it stands in the directory.</param>
/// <param name="IsRegistered">Whether it is registered as a school on GIAS.</param>
/// <param name="Details">Its identity and contacts.</param>
/// <param name="Sites">The sites where it teaches.</param>
/// <param name="Registration">Its status on Get Information about Schools.</param>
/// <param name="Profile">Its provision profile (Appendix 1).</param>
/// <param name="OfstedOutcome">The latest inspection's outcome, as text.</param>
/// <param name="Inspections">Its Ofsted inspections.</param>
/// <param name="Assurances">The nine directory assurances, given or not.</param>
/// <param name="Documents">
/// Its documents: whether each was seen, and whether one seen has expired.
/// </param>
/// <param name="ListingHistory">Each change of listing; the reasons only for those who keep the record.</param>
/// <param name="LocalAuthorityListings">
/// The local authorities' directories that list it (a provider near a border can be on several).
/// </param>
/// <param name="OwnerId">
/// The local authority that keeps the record for everyone; null while only platform admins keep it.
/// </param>
/// <param name="ListingActionsAllowed">The listing actions the caller may take now.</param>
/// <param name="CreatedAt">When it was added (ISO date-time with offset).</param>
/// <param name="UpdatedAt">When it last changed (ISO date-time with offset).</param>
public sealed record ProviderRecord(
    Guid Id,
    string Name,
    ListingStatus Status,
    bool IsRegistered,
    ProviderDetailsView Details,
    IReadOnlyList<SiteView> Sites,
    RegistrationView Registration,
    ProvisionProfileView Profile,
    string? OfstedOutcome,
    IReadOnlyList<InspectionView> Inspections,
    IReadOnlyList<AssuranceView> Assurances,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<ListingChangeView> ListingHistory,
    IReadOnlyList<LocalAuthorityListingView> LocalAuthorityListings,
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
        ProviderDetailsView.From(provider.Details),
        provider.Sites.OrderBy(site => site.Id).Select(SiteView.From).ToList(),
        RegistrationView.From(provider.Registration),
        ProvisionProfileView.From(provider.Profile),
        provider.OfstedOutcome,
        provider.Inspections.Select(InspectionView.From).ToList(),
        provider.Assurances.Select(AssuranceView.From).ToList(),
        provider.Documents.Select(d => new DocumentView(d.Type, d.StatusOn(today), d.Seen, d.Link, d.SeenOn, d.ExpiresOn, d.VerifiedBy)).ToList(),
        provider.ListingHistory.Select(change => ListingChangeView.Of(change, caller.Manages(provider))).ToList(),
        provider.LocalAuthorityListings.OrderBy(listing => listing.ListedAt).Select(LocalAuthorityListingView.From).ToList(),
        provider.OwnerId,
        ListingLifecycle.From(provider.Status).Where(action => ListingLifecycle.MayTake(caller, action, provider)).ToList(),
        provider.CreatedAt,
        provider.UpdatedAt);
}
