namespace APPlatform.ProviderDirectory.Csv;

/// <summary>
/// The columns of a directory as an LA keeps it in a spreadsheet: the import reads them (in any order, any case; only
/// name, address_line_1, town and postcode are required) and the export writes them, so an export imports again.
/// Lists (key_stages, needs) are separated by semicolons; yes/no columns take yes, no or n/a.
/// </summary>
public static class DirectoryCsvColumns
{
    public const string Name = "name";
    public const string AddressLine1 = "address_line_1";
    public const string AddressLine2 = "address_line_2";
    public const string Town = "town";
    public const string County = "county";
    public const string Postcode = "postcode";
    public const string Area = "area";
    public const string OutOfCounty = "out_of_county";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string Email = "email";
    public const string Phone = "phone";
    public const string Website = "website";
    public const string Manager = "manager";
    public const string SafeguardingLead = "safeguarding_lead";
    public const string Registration = "registration";
    public const string Urn = "urn";
    public const string DfeNumber = "dfe_number";
    public const string Ukprn = "ukprn";
    public const string OfstedGrade = "ofsted_grade";
    public const string OfstedDate = "ofsted_date";
    public const string OfstedSafeguarding = "ofsted_safeguarding";
    public const string KeyStages = "key_stages";
    public const string Needs = "needs";
    public const string Places = "places";
    public const string PlacesAvailable = "places_available";
    public const string GcseEnglishAndMaths = "gcse_english_maths";
    public const string FiveOrMoreGcses = "five_gcses";
    public const string ExamCentre = "exam_centre";
    public const string ExamCentreNumber = "exam_centre_number";
    public const string Offer = "offer";
    public const string DaysAndHours = "days_and_hours";
    public const string CostPerDay = "cost_per_day";

    public static readonly IReadOnlyList<string> All =
    [
        Name, AddressLine1, AddressLine2, Town, County, Postcode, Area, OutOfCounty, Latitude, Longitude, Email, Phone, Website,
        Manager, SafeguardingLead, Registration, Urn, DfeNumber, Ukprn, OfstedGrade, OfstedDate, OfstedSafeguarding, KeyStages, Needs,
        Places, PlacesAvailable, GcseEnglishAndMaths, FiveOrMoreGcses, ExamCentre, ExamCentreNumber, Offer, DaysAndHours, CostPerDay,
    ];

    public static readonly IReadOnlyList<string> Required = [Name, AddressLine1, Town, Postcode];
}
