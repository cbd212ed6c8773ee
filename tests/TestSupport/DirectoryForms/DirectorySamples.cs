namespace APPlatform.TestSupport.DirectoryForms;

/// <summary>Request bodies as a client sends them, complete enough to pass validation; tests change what they test.</summary>
public static class DirectorySamples
{
    public static object Site(string town = "Matlock", string postcode = "DE4 3AG", string? area = "Derbyshire Dales", double? latitude = 53.138, double? longitude = -1.556) => new
    {
        addressLine1 = "1 Bank Road",
        town,
        postcode,
        area,
        outOfCounty = false,
        latitude,
        longitude,
    };

    public static object Profile(
        string[]? keyStages = null, string[]? needs = null, int places = 12, int placesAvailable = 3, string gcseEnglishAndMaths = "no",
        string fiveOrMoreGcses = "no", string? offer = "Construction skills") => new
    {
        places,
        placesAvailable,
        keyStages = keyStages ?? ["KS4"],
        needsCatered = needs ?? ["SEMH"],
        gcseEnglishAndMaths,
        fiveOrMoreGcses,
        examCentre = "no",
        offer,
    };

    public static object Registered(string urn = "149099") => new
    {
        status = "registered",
        urn,
        dfeNumber = "999/1199",
        establishmentType = "other_independent_school",
        lastCheckedOn = "2026-09-01",
    };

    public static object Unregistered() => new { status = "unregistered", lastCheckedOn = "2026-09-01" };

    public static object Provider(
        string name, object? registration = null, object? profile = null, object? site = null, string? status = null) => new
    {
        name,
        status,
        registration = registration ?? Unregistered(),
        profile = profile ?? Profile(),
        sites = new[] { site ?? Site() },
    };

    public static object EifInspection(string inspectedOn = "2024-05-01", string grade = "good", bool safeguardingEffective = true) => new
    {
        inspectedOn,
        framework = "eif_2019",
        overallEffectiveness = grade,
        safeguardingEffective,
    };

    public static object ReportCard(string inspectedOn = "2026-02-03", string grade = "strong_standard", bool safeguardingMet = true) => new
    {
        inspectedOn,
        framework = "report_card_2025",
        areaGrades = new[] { "inclusion", "curriculum_and_teaching", "achievement", "attendance_and_behaviour", "personal_development_and_wellbeing", "leadership_and_governance" }
            .Select(area => new { area, grade }),
        safeguardingMet,
    };
}
