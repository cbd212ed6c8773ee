namespace APPlatform.ProviderDirectory.Model;

/// <summary>What the provider offers (Appendix 1 "Provision Profile" and the directory's listing).</summary>
public sealed class ProvisionProfile
{
    /// <summary>How many pupils it can take in all.</summary>
    public int? Places { get; set; }

    /// <summary>Places free now, kept up to date by the provider (through review) or the LA.</summary>
    public int? PlacesAvailable { get; set; }

    /// <summary>The key stages it teaches.</summary>
    public List<KeyStage> KeyStages { get; set; } = [];

    /// <summary>The youngest age it takes.</summary>
    public int? MinimumAge { get; set; }

    /// <summary>The oldest age it takes.</summary>
    public int? MaximumAge { get; set; }

    /// <summary>"Does the provision offer places to adults over the age of 18?"</summary>
    public bool? AcceptsAdults { get; set; }

    /// <summary>Whether it offers GCSE English and maths.</summary>
    public YesNoNotApplicable? GcseEnglishAndMaths { get; set; }

    /// <summary>Whether it offers five or more GCSEs.</summary>
    public YesNoNotApplicable? FiveOrMoreGcses { get; set; }

    /// <summary>Whether it is a registered exam centre.</summary>
    public YesNoNotApplicable? ExamCentre { get; set; }

    /// <summary>Its exam centre number (5 digits), when it is an exam centre.</summary>
    public string? ExamCentreNumber { get; set; }

    /// <summary>The offer in the provider's words: curriculum, vocational areas, qualifications.</summary>
    public string? Offer { get; set; }

    /// <summary>The SEN needs it caters for.</summary>
    public List<NeedCategory> NeedsCatered { get; set; } = [];

    /// <summary>Days and hours it is open, e.g. "Mon–Thu 09:30–14:30".</summary>
    public string? DaysAndHours { get; set; }

    /// <summary>How it teaches.</summary>
    public Delivery? Delivery { get; set; }

    /// <summary>Its price per pupil per day, in pounds.</summary>
    public decimal? CostPerDay { get; set; }

    /// <summary>What the price includes or how it varies.</summary>
    public string? CostNotes { get; set; }
}
