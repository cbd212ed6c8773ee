using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.BrowserSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.Playwright;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// A provider's and a school's work on placements and referrals in Debian's chromium, through the gateway: the
/// provider's termly report and incident, the school's placement page, a referral's next step and pre-placement checks,
/// and the directory searched by audit outcome. axe checks every page.
/// </summary>
public sealed class SchoolAndProviderPagesTests(RunningPlatform system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AProvidersManagerSendsTheTermlyReportAndReportsAnIncidentWhichTheSchoolsApLeadThenReadsOnThePlacement()
    {
        var school = await system.SignInAsync("demo-school");
        var (first, last) = ("Robin", Guid.NewGuid().ToString("N")[..8]);
        var placement = await RunningPlatform.StartedPlacementAsync(school, ReferralBodies.Referral(AttendanceSteps.DemoLearningAcademy,
            start: ReferralBodies.Today.AddDays(-14), pupil: ReferralBodies.Pupil(firstName: first, lastName: last)));
        // The start asked the provider for the term's report.
        var term = (await school.GetFromJsonAsync<JsonElement>($"/api/placements/{placement}/reports")).EnumerateArray().Single().GetProperty("term").GetString();

        var manager = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "manager@demo-learning.example", "/placements");
        await manager.CheckAsync("provider-placements");
        await manager.Page.GetByRole(AriaRole.Link, new() { Name = $"Write the {term} report for {first} {last}" }).ClickAsync();
        await manager.Page.WaitForURLAsync("**/reports/*");
        await manager.CheckAsync("provider-report");
        await manager.Page.GetByLabel("Progress", new() { Exact = true }).FillAsync("Finished the level 1 joinery unit; reading age up a year.");
        await manager.Page.GetByLabel("Behaviour", new() { Exact = true }).FillAsync("Settled after the first fortnight.");
        await manager.Page.GetByLabel("Welfare", new() { Exact = true }).FillAsync("Eats breakfast club every day; talks to his mentor.");
        await manager.SubmitAsync("Send the report to the school", "provider-report-sent");
        Assert.Contains($"{term} report sent to the school", await manager.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        await manager.Page.GetByRole(AriaRole.Button, new() { Name = "Report an incident" }).ClickAsync();
        await manager.Page.WaitForURLAsync("**/incidents/new");
        await manager.CheckAsync("provider-incident");
        var yesterday = ReferralBodies.Today.AddDays(-1);
        await manager.Page.GetByLabel("Day").FillAsync(yesterday.Day.ToString());
        await manager.Page.GetByLabel("Month").FillAsync(yesterday.Month.ToString());
        await manager.Page.GetByLabel("Year").FillAsync(yesterday.Year.ToString());
        await manager.Page.GetByLabel("At what time?").FillAsync("14:30");
        await manager.Page.GetByLabel("Behaviour").CheckAsync();
        await manager.Page.GetByLabel("What happened").FillAsync("Threw a chisel across the workshop; no one was hurt.");
        await manager.Page.GetByLabel("What you did (optional)").FillAsync("Calmed with his mentor; parent phoned.");
        await manager.SubmitAsync("Report the incident", "provider-incident-reported");
        Assert.Contains("Incident reported to the school", await manager.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        var apLead = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "aplead@demo-dales.example", $"/placements/{placement}");
        await apLead.CheckAsync("school-placement");
        var main = await apLead.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Finished the level 1 joinery unit", main);
        Assert.Contains("Paula Mills", main);
        Assert.Contains("Withheld", main); // an AP lead is not among those who read what a serious incident says happened
        Assert.DoesNotContain("chisel", main);
        await apLead.Page.GetByRole(AriaRole.Link, new() { Name = "Placements", Exact = true }).ClickAsync();
        await apLead.Page.WaitForURLAsync("**/placements");
        await apLead.CheckAsync("school-placements");
        var dueRow = apLead.Page.Locator("table").First.Locator("tr", new() { HasText = $"{first} {last}" });
        Assert.Contains("Agreement review", string.Join('\n', await dueRow.AllInnerTextsAsync()));
    }

    [Fact]
    public async Task TheDslSharesWhatTheProviderMustKnowTheProvidersStaffReadItAndTheApLeadSeesTheReadButNotTheDetail()
    {
        var school = await system.SignInAsync("demo-school");
        var (first, last) = ("Jess", Guid.NewGuid().ToString("N")[..8]);
        var placement = await RunningPlatform.StartedPlacementAsync(school, ReferralBodies.Referral(AttendanceSteps.DemoLearningAcademy,
            start: ReferralBodies.Today.AddDays(-7), pupil: ReferralBodies.Pupil(firstName: first, lastName: last)));
        var detail = $"Child protection plan; social worker Kim Lowe on 01632 960{Random.Shared.Next(100, 999)}";

        var dsl = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "dsl@demo-dales.example", $"/placements/{placement}");
        await dsl.Page.GetByRole(AriaRole.Link, new() { Name = $"What the provider is told about {first} {last}" }).ClickAsync();
        await dsl.Page.WaitForURLAsync("**/briefing");
        await dsl.CheckAsync("school-briefing-empty");
        await dsl.Page.GetByRole(AriaRole.Link, new() { Name = "Share safeguarding" }).ClickAsync();
        await dsl.Page.WaitForURLAsync("**/briefing/safeguarding");
        await dsl.CheckAsync("school-briefing-part");
        await dsl.Page.GetByLabel("What the provider needs to know").FillAsync(detail);
        await dsl.Page.GetByLabel("Public task only").CheckAsync();
        await dsl.Page.GetByRole(AriaRole.Button, new() { Name = "Share with the provider" }).ClickAsync();
        Assert.Contains("special-category data", await dsl.Page.Locator(".govuk-error-summary").InnerTextAsync());
        await dsl.CheckAsync("school-briefing-refused");
        await dsl.Page.GetByLabel("Safeguarding children").CheckAsync();
        await dsl.SubmitAsync("Share with the provider", "school-briefing-shared");
        Assert.Contains("Safeguarding shared with the provider", await dsl.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        var registerStaff = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "register@demo-learning.example", $"/placements/{placement}/briefing");
        await registerStaff.CheckAsync("provider-briefing");
        Assert.Contains(detail, await registerStaff.Page.Locator("main").InnerTextAsync());

        var apLead = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "aplead@demo-dales.example", $"/placements/{placement}/briefing");
        await apLead.CheckAsync("school-briefing-ap-lead");
        var main = await apLead.Page.Locator("main").InnerTextAsync();
        Assert.DoesNotContain(detail, main);
        Assert.Contains("Withheld", main);
        Assert.Contains("Ray Stokes", Assert.Single(await apLead.Page.Locator("table tbody tr").AllInnerTextsAsync()));
    }

    [Fact]
    public async Task AnApLeadSeesAReferralsNextStepAndPrePlacementChecksAndFindsProvidersByAuditOutcome()
    {
        var school = await system.SignInAsync("demo-school");
        var (first, last) = ("Sasha", Guid.NewGuid().ToString("N")[..8]);
        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals",
            ReferralBodies.Referral(AttendanceSteps.DemoLearningAcademy, pupil: ReferralBodies.Pupil(firstName: first, lastName: last))));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true)));
        await RunningPlatform.OkAsync(await school.PutAsJsonAsync($"/api/referrals/{referral}/plan", ReferralBodies.Plan()));
        await RunningPlatform.OkAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true)));
        await RunningPlatform.IdAsync(await school.PostAsJsonAsync($"/api/referrals/{referral}/placement", ReferralBodies.Placement()));

        var apLead = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "aplead@demo-dales.example", "/referrals");
        await apLead.CheckAsync("school-referrals");
        var row = apLead.Page.Locator("tr", new() { HasText = $"{first} {last}" });
        Assert.Contains("Complete the pre-placement checks", await row.InnerTextAsync());
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await apLead.Page.WaitForURLAsync($"**/referrals/{referral}");
        await apLead.CheckAsync("school-referral");
        Assert.Contains("Placement planned", await apLead.Page.Locator("main dl").InnerTextAsync());
        var notification = apLead.Page.Locator(".govuk-task-list__item", new() { HasText = "Written notification to the parents" });
        Assert.Contains("Incomplete", await notification.InnerTextAsync());
        Assert.Contains("Passed", await apLead.Page.Locator(".govuk-task-list__item", new() { HasText = "Parents' agreement" }).InnerTextAsync());

        await apLead.Page.GetByRole(AriaRole.Link, new() { Name = "Directory", Exact = true }).ClickAsync();
        await apLead.Page.WaitForURLAsync("**/providers");
        await apLead.Page.GetByLabel("Search by name, town or what they offer").FillAsync("Demo Learning");
        await apLead.Page.GetByLabel("Suitable", new() { Exact = true }).CheckAsync();
        await apLead.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await apLead.Page.WaitForURLAsync("**auditOutcome=suitable*");
        await apLead.CheckAsync("school-directory");
        var results = await apLead.Page.Locator("table tbody tr").AllInnerTextsAsync();
        Assert.Contains(results, line => line.Contains("Demo Learning Academy"));
        Assert.All(results, line => Assert.True(line.Contains("Suitable") && !line.Contains("Not suitable"), line));
    }

    [Fact]
    public async Task ASchoolsAdministratorNamesAPersonToReadItsSafeguardingDetailAndChangesTheirRoles()
    {
        var administrator = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "admin@demo-dales.example", "/people");
        await administrator.CheckAsync("school-people");
        var dsl = administrator.Page.GetByRole(AriaRole.Row, new() { NameRegex = new("Dana Shaw") });
        Assert.Contains("Reads it (their role)", await dsl.InnerTextAsync());

        var stevie = administrator.Page.GetByRole(AriaRole.Row, new() { NameRegex = new("Stevie Lane") });

        await administrator.SubmitAsync("Name Stevie Lane to read safeguarding detail", "school-people-named");

        Assert.Contains("Stevie Lane now reads the school's safeguarding detail", await administrator.Page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Contains("Named to read it", await stevie.InnerTextAsync());
        // And back, leaving the demo school as it was.
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Stop Stevie Lane reading safeguarding detail" }).ClickAsync();
        await administrator.Page.GetByText("Stevie Lane no longer reads the school's safeguarding detail").WaitForAsync();
        await administrator.CheckAsync("school-people-stopped");
        Assert.Contains("Does not read it", await stevie.InnerTextAsync());

        await stevie.GetByRole(AriaRole.Link, new() { Name = "Change Stevie Lane's roles" }).ClickAsync();
        await administrator.Page.WaitForURLAsync("**/roles");
        await administrator.CheckAsync("school-people-roles");
        await administrator.Page.GetByLabel("Attendance lead").CheckAsync();
        await administrator.SubmitAsync("Save the roles", "school-people-roles-saved");
        Assert.Contains("Stevie Lane is now attendance lead, staff", await administrator.Page.Locator(".govuk-notification-banner").InnerTextAsync());
        // And back, leaving the demo school as it was.
        await stevie.GetByRole(AriaRole.Link, new() { Name = "Change Stevie Lane's roles" }).ClickAsync();
        await administrator.Page.GetByLabel("Attendance lead").UncheckAsync();
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Save the roles" }).ClickAsync();
        await administrator.Page.GetByText("Stevie Lane is now staff").WaitForAsync();
    }
}
