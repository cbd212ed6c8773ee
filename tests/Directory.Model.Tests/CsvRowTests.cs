using APPlatform.ProviderDirectory.Csv;
using APPlatform.ServiceDefaults.Csv;
using Microsoft.Extensions.Time.Testing;
using Columns = APPlatform.ProviderDirectory.Csv.DirectoryCsvColumns;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>
/// A row of an LA's directory CSV is read into the API's own requests and held to the API's rules, each problem
/// reported against the column to correct; the import's server-backed test proves a rejected row is not imported.
/// </summary>
public sealed class CsvRowTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Cells as column=value, separated by "|", over a row that imports.</summary>
    public static TheoryData<string, string> InvalidCells => new()
    {
        { "address_line_1=", Columns.AddressLine1 },
        { "town=", Columns.Town },
        { "postcode=NOWHERE", Columns.Postcode },
        { "key_stages=KS3;KS9", Columns.KeyStages },
        { "needs=SEMH;tired", Columns.Needs },
        { "registration=maybe", Columns.Registration },
        { "registration=registered", Columns.Urn },
        { "urn=14970", Columns.Urn },
        { "ofsted_grade=grand", Columns.OfstedGrade },
        { "ofsted_grade=good|ofsted_date=yesterday", Columns.OfstedDate },
        { "ofsted_grade=good|ofsted_safeguarding=effective|ofsted_date=2099-01-01", Columns.OfstedDate },
        { "ofsted_date=2024-03-12|ofsted_safeguarding=effective", Columns.OfstedGrade },
        { "ofsted_grade=good|ofsted_date=2024-03-12", Columns.OfstedSafeguarding },
        { "places=many", Columns.Places },
        { "places=5|places_available=9", Columns.PlacesAvailable },
        { "gcse_english_maths=maybe", Columns.GcseEnglishAndMaths },
        { "exam_centre=yes", Columns.ExamCentreNumber },
        { "email=not-an-email", Columns.Email },
        { "website=peak.example.org", Columns.Website },
        { "out_of_county=perhaps", Columns.OutOfCounty },
        { "latitude=north|longitude=-1.55", Columns.Latitude },
        { "latitude=53.1", Columns.Longitude },
        { "cost_per_day=ten pounds", Columns.CostPerDay },
    };

    [Theory]
    [MemberData(nameof(InvalidCells))]
    public void ARowIsRejectedNamingTheColumnToCorrect(string cells, string column)
    {
        var (request, _, errors) = DirectoryImport.ReadRow(Row(cells), clock);

        Assert.Null(request);
        Assert.True(errors.ContainsKey(column), $"errors should name {column}: {string.Join(", ", errors.Keys)}");
    }

    [Fact]
    public void ARowWithOnlyItsRequiredColumnsImportsAsAnUnregisteredProvider()
    {
        var (request, inspection, errors) = DirectoryImport.ReadRow(Row(""), clock);

        Assert.Empty(errors);
        Assert.Null(inspection);
        Assert.Equal(RegistrationStatus.Unregistered, request!.Registration!.Status);
    }

    [Fact]
    public void AUrnMakesTheProviderRegisteredAndListsAreSeparatedBySemicolons()
    {
        var (request, _, errors) = DirectoryImport.ReadRow(Row("urn=149701|key_stages=KS3; KS4|needs=SEMH;MLD|exam_centre=n/a|out_of_county=yes"), clock);

        Assert.Empty(errors);
        Assert.Equal(RegistrationStatus.Registered, request!.Registration!.Status);
        Assert.Equal([KeyStage.KS3, KeyStage.KS4], request.Profile!.KeyStages);
        Assert.Equal([NeedCategory.SocialEmotionalAndMentalHealth, NeedCategory.ModerateLearningDifficulty], request.Profile.NeedsCatered);
        Assert.Equal(YesNoNotApplicable.NotApplicable, request.Profile.ExamCentre);
        Assert.True(request.Sites![0].OutOfCounty);
    }

    [Theory]
    [InlineData("2024-03-12", "effective", true)]
    [InlineData("12/03/2024", "Not effective", false)]
    [InlineData("12/03/2024", "not_effective", false)]
    public void AnOfstedGradeWithItsDateIsAnInspectionUnderThe2019Framework(string date, string safeguarding, bool effective)
    {
        var (_, inspection, errors) = DirectoryImport.ReadRow(Row($"ofsted_grade=requires improvement|ofsted_date={date}|ofsted_safeguarding={safeguarding}"), clock);

        Assert.Empty(errors);
        Assert.Equal((new DateOnly(2024, 3, 12), InspectionFramework.EducationInspectionFramework2019, OfstedGrade.RequiresImprovement, effective),
            (inspection!.InspectedOn!.Value, inspection.Framework!.Value, inspection.OverallEffectiveness!.Value, inspection.SafeguardingEffective!.Value));
    }

    private static CsvTable.Row Row(string cells)
    {
        var values = new Dictionary<string, string>
        {
            [Columns.Name] = "Hilltop Skills", [Columns.AddressLine1] = "1 Hill Road", [Columns.Town] = "Matlock", [Columns.Postcode] = "DE4 3AA",
        };
        foreach (var cell in cells.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var (column, value) = (cell[..cell.IndexOf('=')], cell[(cell.IndexOf('=') + 1)..]);
            values[column] = value;
        }

        return new CsvTable.Row(2, values);
    }
}
