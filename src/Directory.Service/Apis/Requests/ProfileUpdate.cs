using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>The provision profile (Appendix 1) and what the directory shows of the offer.</summary>
/// <param name="Places">How many pupils it can take in all, 0 to 2,000.</param>
/// <param name="PlacesAvailable">How many places are free now, no more than Places.</param>
/// <param name="KeyStages">The key stages it teaches.</param>
/// <param name="MinimumAge">The youngest age it takes, 4 to 25, no more than MaximumAge.</param>
/// <param name="MaximumAge">The oldest age it takes, 4 to 25.</param>
/// <param name="AcceptsAdults">Whether learners over 18 attend alongside pupils (Appendix 1).</param>
/// <param name="GcseEnglishAndMaths">Whether it offers GCSE English and maths.</param>
/// <param name="FiveOrMoreGcses">Whether it offers five or more GCSEs.</param>
/// <param name="ExamCentre">Whether it is a registered exam centre.</param>
/// <param name="ExamCentreNumber">Its exam centre number, 5 digits; required when it is an exam centre.</param>
/// <param name="Offer">What it offers pupils, in its own words, up to 4,000 characters.</param>
/// <param name="NeedsCatered">The SEN needs it caters for.</param>
/// <param name="DaysAndHours">When it runs, e.g. Mon–Fri 9:00–15:00, up to 500 characters.</param>
/// <param name="Delivery">How it teaches.</param>
/// <param name="CostPerDay">Its price per pupil per day in pounds, 0 to 10,000.</param>
/// <param name="CostNotes">What the price includes or how it varies, up to 1,000 characters.</param>
public sealed record ProfileUpdate(
    [property: Range(0, 2000)] int? Places,
    [property: Range(0, 2000)] int? PlacesAvailable,
    List<KeyStage>? KeyStages,
    [property: Range(4, 25)] int? MinimumAge,
    [property: Range(4, 25)] int? MaximumAge,
    bool? AcceptsAdults,
    YesNoNotApplicable? GcseEnglishAndMaths,
    YesNoNotApplicable? FiveOrMoreGcses,
    YesNoNotApplicable? ExamCentre,
    [property: RegularExpression(@"^\d{5}$", ErrorMessage = "An exam centre number is 5 digits.")] string? ExamCentreNumber,
    [property: StringLength(4000)] string? Offer,
    List<NeedCategory>? NeedsCatered,
    [property: StringLength(500)] string? DaysAndHours,
    Delivery? Delivery,
    [property: Range(0, 10000)] decimal? CostPerDay,
    [property: StringLength(1000)] string? CostNotes) : IProviderChange, IValidatableObject
{
    [JsonIgnore]
    public ProviderPart Part => ProviderPart.Profile;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinimumAge > MaximumAge)
        {
            yield return new ValidationResult("The minimum age is above the maximum age.", [nameof(MinimumAge)]);
        }

        if (PlacesAvailable > Places)
        {
            yield return new ValidationResult("More places available than places in all.", [nameof(PlacesAvailable)]);
        }

        if (ExamCentre == YesNoNotApplicable.Yes && string.IsNullOrWhiteSpace(ExamCentreNumber))
        {
            yield return new ValidationResult("A registered exam centre has a centre number.", [nameof(ExamCentreNumber)]);
        }
    }

    public void ApplyTo(Provider provider) => provider.Profile = new ProvisionProfile
    {
        Places = Places,
        PlacesAvailable = PlacesAvailable,
        KeyStages = KeyStages?.Distinct().Order().ToList() ?? [],
        MinimumAge = MinimumAge,
        MaximumAge = MaximumAge,
        AcceptsAdults = AcceptsAdults,
        GcseEnglishAndMaths = GcseEnglishAndMaths,
        FiveOrMoreGcses = FiveOrMoreGcses,
        ExamCentre = ExamCentre,
        ExamCentreNumber = ExamCentre == YesNoNotApplicable.Yes ? ExamCentreNumber : null,
        Offer = Offer?.Trim(),
        NeedsCatered = NeedsCatered?.Distinct().Order().ToList() ?? [],
        DaysAndHours = DaysAndHours?.Trim(),
        Delivery = Delivery,
        CostPerDay = CostPerDay,
        CostNotes = CostNotes?.Trim(),
    };
}
