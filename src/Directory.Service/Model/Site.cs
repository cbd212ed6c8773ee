namespace APPlatform.ProviderDirectory.Model;

/// <summary>A place where the provider teaches.</summary>
public sealed class Site
{
    public Guid Id { get; init; }

    public string? Name { get; set; }

    public required string AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public required string Town { get; set; }

    public string? County { get; set; }

    public required string Postcode { get; set; }

    /// <summary>The district or area a directory groups providers by, e.g. "High Peak".</summary>
    public string? Area { get; set; }

    /// <summary>Outside the listing authority's county but close to its border (the directory page lists such providers).</summary>
    public bool OutOfCounty { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }
}
