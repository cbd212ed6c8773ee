using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using APPlatform.ProviderDirectory.Csv;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>Loading a directory from an LA's CSV with a report per row, and exporting it in the same shape.</summary>
public sealed class DirectoryCsvTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private const string Header = "name,address_line_1,town,postcode,area,key_stages,needs,registration,urn,ofsted_grade,ofsted_date,ofsted_safeguarding,places,gcse_english_maths,email";

    [Fact]
    public async Task EachRowIsImportedOrRejectedWithEveryReason()
    {
        var localAuthority = TestCaller.LocalAuthority();
        var csv = $"""
            {Header}
            Hilltop Skills,1 Hill Road,Matlock,DE4 3AA,Derbyshire Dales,KS3;KS4,SEMH;MLD,unregistered,,,,,12,no,info@hilltop.example.org
            Valley School,2 Valley Road,Belper,DE56 1AB,Amber Valley,KS4,SEMH,registered,149701,good,2024-03-12,effective,40,yes,
            Broken Row,,Belper,NOWHERE,,KS9,,registered,,grand,2099-01-01,,many,maybe,not-an-email
            Hilltop Skills,1 Hill Road,Matlock,DE4 3AA,,KS4,,unregistered,,,,,,,
            """;

        var report = await ImportAsync(localAuthority, csv);

        Assert.Equal((2, 0, 2), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("rejected").GetInt32()));
        var rows = report.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["created", "created", "rejected", "rejected"], rows.Select(r => r.GetProperty("outcome").GetString()));
        var errors = rows[2].GetProperty("errors").EnumerateObject().Select(e => e.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "address_line_1", "postcode", "key_stages", "urn", "ofsted_grade", "ofsted_date", "places", "gcse_english_maths", "email" }, errors);
        Assert.Contains("row 2", rows[3].GetProperty("errors").GetProperty("name")[0].GetString());
        var valley = await directory.GetProviderAsync(localAuthority, rows[1].GetProperty("providerId").GetGuid());
        Assert.Equal("good", valley.GetProperty("ofstedOutcome").GetString());
        Assert.Equal("149701", valley.GetProperty("registration").GetProperty("urn").GetString());
    }

    [Fact]
    public async Task TheExportImportsAgainAsUpdates()
    {
        var localAuthority = TestCaller.LocalAuthority();
        await ImportAsync(localAuthority, $"""
            {Header}
            Round Trip Farm,Moor Lane,Ashbourne,DE6 1NA,Derbyshire Dales,KS2;KS3,ASD,unregistered,,,,,8,n/a,farm@roundtrip.example.org
            """);

        var export = await directory.As(localAuthority).GetAsync($"/api/directory/exports/providers.csv?localAuthority={localAuthority.OrganisationId}");
        var csv = await export.Content.ReadAsStringAsync();
        var again = await ImportAsync(localAuthority, csv);

        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("name,address_line_1,address_line_2,town", csv);
        Assert.Contains("Round Trip Farm,Moor Lane,,Ashbourne", csv);
        Assert.Equal(1, again.GetProperty("updated").GetInt32());
        Assert.Equal(0, again.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task AProviderAnotherAuthorityKeepsIsAddedToTheImportersListUnchanged()
    {
        var keeper = TestCaller.LocalAuthority();
        var neighbour = TestCaller.LocalAuthority();
        var row = "Border Skills,1 Border Road,Mansfield,NG18 5HB,Mansfield,KS4,SEMH,unregistered,,,,,16,no,";
        await ImportAsync(keeper, $"{Header}\n{row}");

        var report = await ImportAsync(neighbour, $"{Header}\n{row.Replace(",16,", ",99,")}");

        var imported = report.GetProperty("rows")[0];
        Assert.Equal("listed", imported.GetProperty("outcome").GetString());
        var record = await directory.GetProviderAsync(neighbour, imported.GetProperty("providerId").GetGuid());
        Assert.Equal(16, record.GetProperty("profile").GetProperty("places").GetInt32());
        Assert.Equal(2, record.GetProperty("localAuthorityListings").GetArrayLength());
    }

    [Fact]
    public async Task AnImportNeverMatchesNorReturnsTheIdOfAnotherAuthoritysDraft()
    {
        var keeper = TestCaller.LocalAuthority();
        var draft = await directory.CreateProviderAsync(keeper, DirectorySamples.Provider(
            "Quiet Draft Ltd", site: DirectorySamples.Site(town: "Buxton", postcode: "SK17 6XN"), status: "draft"));

        var report = await ImportAsync(TestCaller.LocalAuthority(), $"{Header}\nQuiet Draft Ltd,1 Spa Road,Buxton,SK17 6XN,High Peak,KS4,SEMH,unregistered,,,,,6,no,");

        var imported = report.GetProperty("rows")[0];
        Assert.Equal("created", imported.GetProperty("outcome").GetString());
        Assert.NotEqual(draft, imported.GetProperty("providerId").GetGuid());
        Assert.DoesNotContain(draft.ToString(), report.GetRawText());
        Assert.Equal("draft", (await directory.GetProviderAsync(keeper, draft)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task OnlyLocalAuthoritiesAndAdminsExportTheDirectory()
    {
        var asSchool = await directory.As(TestCaller.School()).GetAsync("/api/directory/exports/providers.csv");
        var asProvider = await directory.As(TestCaller.Provider()).GetAsync("/api/directory/exports/providers.csv");
        var asAdmin = await directory.As(TestCaller.PlatformAdmin()).GetAsync("/api/directory/exports/providers.csv");

        await ProblemAssert.HasStatus(asSchool, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(asProvider, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
    }

    [Fact]
    public async Task AnImportWithAnIdempotencyKeyImportsItsRowsAndItsRetryReplaysTheReportWithoutImportingAgain()
    {
        var localAuthority = TestCaller.LocalAuthority();
        var csv = $"{Header}\nKeyed Import Centre,3 Key Street,Derby,DE1 1AA,Derby,KS4,SEMH,unregistered,,,,,10,no,\n";
        HttpRequestMessage Import() => new(HttpMethod.Post, "/api/directory/imports")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
            Headers = { { "Idempotency-Key", "import-once" } },
        };

        var first = await directory.As(localAuthority).SendAsync(Import());
        var retry = await directory.As(localAuthority).SendAsync(Import());

        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, await directory.WithDbAsync(db => db.Providers.CountAsync(p => p.Name == "Keyed Import Centre")));
    }

    [Fact]
    public async Task ACsvWithoutTheRequiredColumnsIsRefusedSayingWhichAreMissing()
    {
        var response = await directory.As(TestCaller.LocalAuthority()).PostAsync("/api/directory/imports",
            new StringContent("provider,town\nX,Y\n", Encoding.UTF8, "text/csv"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("missing: name, address_line_1, postcode", problem.Detail);
    }

    [Fact]
    public async Task OnlyADirectoryTeamImportsAndOnlyCsv()
    {
        var asSchool = await directory.As(TestCaller.School()).PostAsync("/api/directory/imports", new StringContent($"{Header}\n", Encoding.UTF8, "text/csv"));
        var asJson = await directory.As(TestCaller.LocalAuthority()).PostAsJsonAsync("/api/directory/imports", new { name = "X" });

        await ProblemAssert.HasStatus(asSchool, HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(asJson, HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<JsonElement> ImportAsync(TestCaller localAuthority, string csv)
    {
        var response = await directory.As(localAuthority).PostAsync("/api/directory/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
