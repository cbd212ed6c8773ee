using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;

namespace APPlatform.ProviderDirectory.Apis.Requests;

/// <summary>The provision profile (Appendix 1) and what the directory shows of the offer.</summary>
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
