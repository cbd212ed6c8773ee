using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>A site where the provider teaches.</summary>
/// <param name="Id">An existing site's id to update it; omitted for a new site.</param>
/// <param name="Name">What the site is called, if anything, e.g. Riverside Centre.</param>
/// <param name="AddressLine1">First line of the address.</param>
/// <param name="AddressLine2">Second line of the address.</param>
/// <param name="Town">Town or city.</param>
/// <param name="County">County.</param>
/// <param name="Postcode">A UK postcode, e.g. DE4 3AG.</param>
/// <param name="Area">The local authority's name for the part of the county, used to search the directory.</param>
/// <param name="OutOfCounty">Whether the site lies outside the local authority's area.</param>
/// <param name="Latitude">WGS84 latitude in degrees, given with the longitude or not at all.</param>
/// <param name="Longitude">WGS84 longitude in degrees, given with the latitude or not at all.</param>
public sealed record SiteInput(
    Guid? Id,
    [property: StringLength(200)] string? Name,
    [property: Required, StringLength(200)] string AddressLine1,
    [property: StringLength(200)] string? AddressLine2,
    [property: Required, StringLength(100)] string Town,
    [property: StringLength(100)] string? County,
    [property: Required, RegularExpression(@"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$", ErrorMessage = "Give a UK postcode, e.g. DE4 3AG.")] string Postcode,
    [property: StringLength(100)] string? Area,
    bool OutOfCounty,
    [property: Range(-90, 90)] double? Latitude,
    [property: Range(-180, 180)] double? Longitude) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Latitude is null != Longitude is null)
        {
            yield return new ValidationResult("Give both latitude and longitude, or neither.", [nameof(Latitude), nameof(Longitude)]);
        }
    }

    public Site ToModel() => CopyTo(new Site { Id = Id ?? Guid.CreateVersion7(), AddressLine1 = "", Town = "", Postcode = "" });

    public Site CopyTo(Site site)
    {
        site.Name = Name?.Trim();
        site.AddressLine1 = AddressLine1.Trim();
        site.AddressLine2 = AddressLine2?.Trim();
        site.Town = Town.Trim();
        site.County = County?.Trim();
        site.Postcode = Postcode.Trim().ToUpperInvariant();
        site.Area = Area?.Trim();
        site.OutOfCounty = OutOfCounty;
        site.Latitude = Latitude;
        site.Longitude = Longitude;
        return site;
    }
}

/// <summary>Every site where the provider teaches; replaces the list.</summary>
/// <param name="Sites">
/// Up to 50 sites: one with an existing id updates it, one without is new, and a site left out is removed.
/// </param>
public sealed record SitesUpdate([property: Required, MaxLength(50)] List<SiteInput> Sites) : IProviderChange
{
    [JsonIgnore]
    public ProviderPart Part => ProviderPart.Sites;

    /// <summary>Sites sent with the id of an existing site update it; others are new; those not sent are removed.</summary>
    public void ApplyTo(Provider provider)
    {
        var existing = provider.Sites.ToDictionary(site => site.Id);
        provider.Sites = Sites.Select(input => input.Id is { } id && existing.TryGetValue(id, out var site) ? input.CopyTo(site) : input.ToModel()).ToList();
    }
}
