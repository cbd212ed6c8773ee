using APPlatform.ProviderDirectory.Model;

namespace APPlatform.ProviderDirectory.Apis.Responses;

/// <summary>What the provider offers (Appendix 1 "Provision Profile" and the directory's listing).</summary>
/// <param name="Places">How many pupils it can take in all.</param>
/// <param name="PlacesAvailable">Places free now, kept up to date by the provider (through review) or the LA.</param>
/// <param name="KeyStages">The key stages it teaches.</param>
/// <param name="MinimumAge">The youngest age it takes.</param>
/// <param name="MaximumAge">The oldest age it takes.</param>
/// <param name="AcceptsAdults">"Does the provision offer places to adults over the age of 18?"</param>
/// <param name="GcseEnglishAndMaths">Whether it offers GCSE English and maths.</param>
/// <param name="FiveOrMoreGcses">Whether it offers five or more GCSEs.</param>
/// <param name="ExamCentre">Whether it is a registered exam centre.</param>
/// <param name="ExamCentreNumber">Its exam centre number (5 digits), when it is an exam centre.</param>
/// <param name="Offer">The offer in the provider's words: curriculum, vocational areas, qualifications.</param>
/// <param name="NeedsCatered">The SEN needs it caters for.</param>
/// <param name="DaysAndHours">Days and hours it is open, e.g. "Mon–Thu 09:30–14:30".</param>
/// <param name="Delivery">How it teaches.</param>
/// <param name="CostPerDay">Its price per pupil per day, in pounds.</param>
/// <param name="CostNotes">What the price includes or how it varies.</param>
public sealed record ProvisionProfileView(
    int? Places, int? PlacesAvailable, IReadOnlyList<KeyStage> KeyStages, int? MinimumAge, int? MaximumAge, bool? AcceptsAdults,
    YesNoNotApplicable? GcseEnglishAndMaths, YesNoNotApplicable? FiveOrMoreGcses, YesNoNotApplicable? ExamCentre, string? ExamCentreNumber,
    string? Offer, IReadOnlyList<NeedCategory> NeedsCatered, string? DaysAndHours, Delivery? Delivery, decimal? CostPerDay, string? CostNotes)
{
    public static ProvisionProfileView From(ProvisionProfile p) => new(
        p.Places, p.PlacesAvailable, [.. p.KeyStages], p.MinimumAge, p.MaximumAge, p.AcceptsAdults, p.GcseEnglishAndMaths, p.FiveOrMoreGcses,
        p.ExamCentre, p.ExamCentreNumber, p.Offer, [.. p.NeedsCatered], p.DaysAndHours, p.Delivery, p.CostPerDay, p.CostNotes);
}
