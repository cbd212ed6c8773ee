using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>A local authority's directory lists this provider (a provider near a border can be on several).</summary>
/// <param name="LocalAuthorityId">The local authority whose directory lists the provider.</param>
/// <param name="ListedAt">When it was first listed there (ISO date-time with offset).</param>
/// <param name="ListedBy">The organisation that listed it there (the local authority itself or a platform admin).</param>
public sealed record LocalAuthorityListingView(Guid LocalAuthorityId, DateTimeOffset ListedAt, Guid ListedBy)
{
    public static LocalAuthorityListingView From(LocalAuthorityListing l) => new(l.LocalAuthorityId, l.ListedAt, l.ListedBy);
}
