namespace APPlatform.ProviderDirectory.Model;

/// <summary>A place where the provider teaches.</summary>
public sealed class Site
{
    /// <summary>The site's id, given by the directory.</summary>
    public Guid Id { get; init; }

    /// <summary>The site's name, where it has one apart from the provider's.</summary>
    public string? Name { get; set; }

    /// <summary>The first line of its address.</summary>
    public required string AddressLine1 { get; set; }

    /// <summary>The second line of its address.</summary>
    public string? AddressLine2 { get; set; }

    /// <summary>Its town.</summary>
    public required string Town { get; set; }

    /// <summary>Its county.</summary>
    public string? County { get; set; }

    /// <summary>Its UK postcode.</summary>
    public required string Postcode { get; set; }

    /// <summary>The district or area a directory groups providers by, e.g. "High Peak".</summary>
    public string? Area { get; set; }

    /// <summary>Outside the listing authority's county but close to its border (the directory page lists such providers).</summary>
    public bool OutOfCounty { get; set; }

    /// <summary>
    /// Its latitude (WGS84 decimal degrees), as imported from the directory CSV; null when not given.
    /// </summary>
    public double? Latitude { get; set; }

    /// <summary>
    /// Its longitude (WGS84 decimal degrees), as imported from the directory CSV; null when not given.
    /// </summary>
    public double? Longitude { get; set; }
}
