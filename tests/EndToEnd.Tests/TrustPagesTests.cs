using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.BrowserSupport;
using APPlatform.ServiceDefaults.Csv;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.Playwright;

namespace APPlatform.EndToEnd.Tests;

/// <summary>The trust's pages in Debian's chromium through the gateway, signed in as the demo trust's people; axe checks every page.</summary>
public sealed class TrustPagesTests(RunningPlatform system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly Guid DemoDalesAcademy = Guid.Parse("5c000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task TheTrustsApLeadFindsTheReportFromHerHomePageWithAPlacementOfItsSchoolAndDownloadsItsCsv()
    {
        // Only this test agrees a budget, so the school's budgets grow by this placement's whatever else runs beside it.
        var budgetBefore = await DalesBudgetAsync(await system.SignInAsync("demo-trust"));
        var budget = (budgetBefore + 4321.5m).ToString("C", CultureInfo.GetCultureInfo("en-GB"));
        var school = await system.SignInAsync("demo-school");
        await RunningPlatform.StartedPlacementAsync(school,
            ReferralBodies.Referral(AttendanceSteps.DemoLearningAcademy, start: ReferralBodies.Today.AddDays(-14), budget: 4321.5m));

        var apLead = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "aplead@demo-dales-trust.example", "/home");
        await apLead.Page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Alternative provision across the trust") }).ClickAsync();
        await apLead.Page.WaitForURLAsync("**/reports");
        await apLead.CheckAsync("trust-report");

        var dales = apLead.Page.GetByRole(AriaRole.Row, new() { NameRegex = new(DemoDalesAcademy.ToString()) });
        var cells = await dales.Locator("td").AllInnerTextsAsync();
        Assert.True(int.Parse(cells[0]) >= 1, string.Join(" | ", cells));
        Assert.Equal(budget, cells[5]);
        Assert.Contains("Demo Learning Academy", await apLead.Page.Locator("table", new() { HasText = "By provider" }).InnerTextAsync());

        // The form works without script: choosing last year is a GET the server answers.
        var lastYear = (ReferralBodies.Today.Month >= 9 ? ReferralBodies.Today.Year : ReferralBodies.Today.Year - 1) - 1;
        await apLead.Page.GetByLabel("School year").SelectOptionAsync(lastYear.ToString());
        await apLead.Page.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await apLead.Page.WaitForURLAsync($"**/reports?year={lastYear}");
        await apLead.CheckAsync("trust-report-last-year");
        Assert.Contains($"School year {lastYear} to {lastYear + 1}", await apLead.Page.Locator("main").InnerTextAsync());
        Assert.DoesNotContain(budget, await apLead.Page.Locator("main").InnerTextAsync());

        await apLead.GoToAsync("/reports", "trust-report");
        var download = await apLead.Page.RunAndWaitForDownloadAsync(
            () => apLead.Page.GetByRole(AriaRole.Link, new() { Name = "Download the figures by school (CSV)" }).ClickAsync());
        var (header, rows) = CsvTable.Read(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Contains("budget", header);
        Assert.Equal((budgetBefore + 4321.5m).ToString("0.00", CultureInfo.InvariantCulture), rows.Single(r => r["school"] == DemoDalesAcademy.ToString())["budget"]);
        Assert.Equal("Trust total", rows[^1]["school"]);
    }

    private static async Task<decimal> DalesBudgetAsync(HttpClient trust) =>
        (await trust.GetFromJsonAsync<JsonElement>("/api/placements/trust-report")).GetProperty("schools").EnumerateArray()
            .Where(s => s.GetProperty("schoolId").GetString() == DemoDalesAcademy.ToString()).Sum(s => s.GetProperty("budget").GetDecimal());
}
