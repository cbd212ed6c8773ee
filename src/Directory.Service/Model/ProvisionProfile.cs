namespace APPlatform.ProviderDirectory.Model;

/// <summary>What the provider offers (Appendix 1 "Provision Profile" and the directory's listing).</summary>
public sealed class ProvisionProfile
{
    public int? Places { get; set; }

    /// <summary>Places free now, kept up to date by the provider (through review) or the LA.</summary>
    public int? PlacesAvailable { get; set; }

    public List<KeyStage> KeyStages { get; set; } = [];

    public int? MinimumAge { get; set; }

    public int? MaximumAge { get; set; }

    /// <summary>"Does the provision offer places to adults over the age of 18?"</summary>
    public bool? AcceptsAdults { get; set; }

    public YesNoNotApplicable? GcseEnglishAndMaths { get; set; }

    public YesNoNotApplicable? FiveOrMoreGcses { get; set; }

    public YesNoNotApplicable? ExamCentre { get; set; }

    public string? ExamCentreNumber { get; set; }

    /// <summary>The offer in the provider's words: curriculum, vocational areas, qualifications.</summary>
    public string? Offer { get; set; }

    public List<NeedCategory> NeedsCatered { get; set; } = [];

    /// <summary>Days and hours it is open, e.g. "Mon–Thu 09:30–14:30".</summary>
    public string? DaysAndHours { get; set; }

    public Delivery? Delivery { get; set; }

    public decimal? CostPerDay { get; set; }

    public string? CostNotes { get; set; }
}
