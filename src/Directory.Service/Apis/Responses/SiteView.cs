using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>A place where the provider teaches.</summary>
/// <param name="Id">The site's id, given by the directory.</param>
/// <param name="Name">The site's name, where it has one apart from the provider's.</param>
/// <param name="AddressLine1">The first line of its address.</param>
/// <param name="AddressLine2">The second line of its address.</param>
/// <param name="Town">Its town.</param>
/// <param name="County">Its county.</param>
/// <param name="Postcode">Its UK postcode.</param>
/// <param name="Area">The district or area a directory groups providers by, e.g. "High Peak".</param>
/// <param name="OutOfCounty">
/// Outside the listing authority's county but close to its border (the directory page lists such providers).
/// </param>
/// <param name="Latitude">Its latitude (WGS84 decimal degrees), as imported from the directory CSV; null when not given.</param>
/// <param name="Longitude">Its longitude (WGS84 decimal degrees), as imported from the directory CSV; null when not given.</param>
public sealed record SiteView(
    Guid Id, string? Name, string AddressLine1, string? AddressLine2, string Town, string? County, string Postcode, string? Area,
    bool OutOfCounty, double? Latitude, double? Longitude)
{
    public static SiteView From(Site s) =>
        new(s.Id, s.Name, s.AddressLine1, s.AddressLine2, s.Town, s.County, s.Postcode, s.Area, s.OutOfCounty, s.Latitude, s.Longitude);
}
