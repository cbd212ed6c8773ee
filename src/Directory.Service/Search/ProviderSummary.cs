using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Search;

/// <summary>One search result: what an AP lead scans a list by.</summary>
public sealed record ProviderSummary(
    Guid Id,
    string Name,
    ListingStatus Status,
    RegistrationStatus Registration,
    string? Urn,
    string? OfstedOutcome,
    DateOnly? LastInspectedOn,
    IReadOnlyList<KeyStage> KeyStages,
    IReadOnlyList<NeedCategory> NeedsCatered,
    int? Places,
    int? PlacesAvailable,
    YesNoNotApplicable? GcseEnglishAndMaths,
    YesNoNotApplicable? FiveOrMoreGcses,
    IReadOnlyList<string> Towns,
    IReadOnlyList<string> Areas,
    bool OutOfCounty,
    double? DistanceKm,
    IReadOnlyList<Guid> LocalAuthorities,
    AuditOutcomeFilter AuditOutcome,
    DateTimeOffset UpdatedAt)
{
    public static ProviderSummary From(Provider provider, double? distanceKm, AuditOutcomeFilter auditOutcome) => new(
        provider.Id,
        provider.Name,
        provider.Status,
        provider.Registration.Status,
        provider.Registration.Urn,
        provider.OfstedOutcome,
        provider.Inspections.FirstOrDefault()?.InspectedOn,
        provider.Profile.KeyStages,
        provider.Profile.NeedsCatered,
        provider.Profile.Places,
        provider.Profile.PlacesAvailable,
        provider.Profile.GcseEnglishAndMaths,
        provider.Profile.FiveOrMoreGcses,
        provider.Sites.Select(s => s.Town).Distinct().ToList(),
        provider.Sites.Select(s => s.Area).OfType<string>().Distinct().ToList(),
        provider.Sites.Count > 0 && provider.Sites.All(s => s.OutOfCounty),
        distanceKm is null ? null : Math.Round(distanceKm.Value, 1),
        provider.LocalAuthorityListings.Select(l => l.LocalAuthorityId).ToList(),
        auditOutcome,
        provider.UpdatedAt);
}
