using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Search;

/// <summary>One search result: what an AP lead scans a list by.</summary>
/// <param name="Id">The provider's id.</param>
/// <param name="Name">Its trading name.</param>
/// <param name="Status">Where it stands in the directory.</param>
/// <param name="Registration">Whether it is a registered school on GIAS.</param>
/// <param name="Urn">Its Unique Reference Number on GIAS (6 digits), when registered.</param>
/// <param name="OfstedOutcome">The latest inspection's outcome in one word (see the inspection's outcome).</param>
/// <param name="LastInspectedOn">When it was last inspected (ISO date).</param>
/// <param name="KeyStages">The key stages it teaches.</param>
/// <param name="NeedsCatered">The SEN needs it caters for.</param>
/// <param name="Places">How many pupils it can take in all.</param>
/// <param name="PlacesAvailable">How many places are free now.</param>
/// <param name="GcseEnglishAndMaths">Whether it offers GCSE English and maths.</param>
/// <param name="FiveOrMoreGcses">Whether it offers five or more GCSEs.</param>
/// <param name="Towns">The towns of its sites.</param>
/// <param name="Areas">The districts or areas of its sites.</param>
/// <param name="OutOfCounty">Whether every one of its sites is outside the county (and it has at least one).</param>
/// <param name="DistanceKm">
/// How far its nearest site is from the searched point, in km to one decimal; null without one.
/// </param>
/// <param name="LocalAuthorities">The local authorities whose directories list it.</param>
/// <param name="AuditOutcome">
/// What the completed, unexpired audits the caller may rely on found: suitable (at least one says so), not_suitable
/// (some exist, none says so) or none.
/// </param>
/// <param name="UpdatedAt">When its record last changed (ISO date-time with offset).</param>
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
