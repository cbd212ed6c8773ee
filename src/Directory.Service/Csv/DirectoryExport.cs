using System.Globalization;
using System.Text;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Csv;

namespace APPlatform.ProviderDirectory.Csv;

/// <summary>The listed directory as CSV, in the import's columns: one row per provider, its first site's address.</summary>
public static class DirectoryExport
{
    public static string ToCsv(IEnumerable<Provider> providers)
    {
        var csv = new StringBuilder().AppendLine(CsvTable.Line(DirectoryCsvColumns.All));
        foreach (var provider in providers)
        {
            var site = provider.MainSite;
            var latest = provider.Inspections.FirstOrDefault(i => i.Framework == InspectionFramework.EducationInspectionFramework2019);
            var profile = provider.Profile;
            csv.AppendLine(CsvTable.Line(
            [
                provider.Name, site?.AddressLine1, site?.AddressLine2, site?.Town, site?.County, site?.Postcode, site?.Area,
                site?.OutOfCounty == true ? "yes" : "no", Number(site?.Latitude), Number(site?.Longitude), provider.Details.Email,
                provider.Details.Phone, provider.Details.Website, provider.Details.Manager?.Name, provider.Details.SafeguardingLead?.Name,
                EnumNames.Name(provider.Registration.Status), provider.Registration.Urn, provider.Registration.DfeNumber, provider.Registration.Ukprn,
                latest?.OverallEffectiveness is { } grade ? EnumNames.Name(grade) : null, latest?.InspectedOn.ToString("yyyy-MM-dd"),
                latest?.SafeguardingEffective switch { true => "effective", false => "not effective", null => null },
                string.Join(';', profile.KeyStages.Select(EnumNames.Name)), string.Join(';', profile.NeedsCatered.Select(EnumNames.Name)),
                profile.Places?.ToString(CultureInfo.InvariantCulture), profile.PlacesAvailable?.ToString(CultureInfo.InvariantCulture),
                Answer(profile.GcseEnglishAndMaths), Answer(profile.FiveOrMoreGcses), Answer(profile.ExamCentre), profile.ExamCentreNumber,
                profile.Offer, profile.DaysAndHours, profile.CostPerDay?.ToString(CultureInfo.InvariantCulture),
            ]));
        }

        return csv.ToString();
    }

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Answer(YesNoNotApplicable? answer) => answer switch
    {
        YesNoNotApplicable.Yes => "yes",
        YesNoNotApplicable.No => "no",
        YesNoNotApplicable.NotApplicable => "n/a",
        _ => null,
    };
}
