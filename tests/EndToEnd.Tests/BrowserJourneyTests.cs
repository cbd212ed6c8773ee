using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.BrowserSupport;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.Playwright;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// People doing their daily work in Debian's chromium, through the gateway: each signs in at the identity provider as a
/// demo person with their role, and axe checks every page they reach. Systems (demo clients) set up what a person finds.
/// </summary>
public sealed class BrowserJourneyTests(RunningPlatform system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AProviderMarksAPupilAbsentAndTheSchoolsAttendanceLeadRecordsAHomeVisitWhichAnotherSchoolCannotSee()
    {
        var school = await system.SignInAsync("demo-school");
        var pupil = $"Rowan {Guid.NewGuid().ToString("N")[..8]}";
        await AttendanceSteps.WeekdayMorningPlacementAsync(school, ReferralBodies.Pupil(firstName: pupil.Split(' ')[0], lastName: pupil.Split(' ')[1]));

        // The last weekday's morning register: today's on a school day (a weekend has none to mark).
        var registerStaff = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "register@demo-learning.example",
            $"/register/am?date={AttendanceSteps.LastWeekday:yyyy-MM-dd}");
        var row = registerStaff.Page.GetByRole(AriaRole.Group, new() { Name = pupil });
        await Eventually.Until(async () =>
        {
            await registerStaff.Page.ReloadAsync();
            return await row.CountAsync();
        }, count => count == 1, because: "the placement reaches Attendance.Service");
        await registerStaff.CheckAsync("journey-register");
        await row.GetByLabel("Absent").CheckAsync();
        await row.GetByLabel("Reason for absence").FillAsync("Mum phoned: unwell");
        await registerStaff.SubmitAsync("Send the morning register", "journey-register-sent");
        Assert.Contains("recorded for the morning register", await registerStaff.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        var attendanceLead = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "attendance@demo-dales.example", "/absences");
        await attendanceLead.CheckAsync("journey-absences");
        await attendanceLead.Page.GetByRole(AriaRole.Link, new() { Name = pupil }).First.ClickAsync();
        await attendanceLead.Page.WaitForURLAsync("**/absences/*");
        var caseAddress = attendanceLead.Page.Url;
        await attendanceLead.Page.GetByLabel("Home visit").CheckAsync();
        await attendanceLead.Page.GetByLabel("What was said or found (optional)").FillAsync("Seen at home, unwell; back tomorrow.");
        await attendanceLead.SubmitAsync("Record contact", "journey-case-home-visit");
        Assert.Contains("Home visit", await attendanceLead.Page.Locator("table").First.InnerTextAsync());
        Assert.Contains("Alex Turner", await attendanceLead.Page.Locator("main").InnerTextAsync());

        var otherSchool = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "head@demo-vale.example", "/home");
        await otherSchool.GoToAsync(new Uri(caseAddress).PathAndQuery, "journey-other-school");
        Assert.Equal("Page not found", await otherSchool.HeadingAsync());
        Assert.DoesNotContain(pupil, await otherSchool.Page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task AHeadteacherApprovesAReferralInTheirOwnName()
    {
        var school = await system.SignInAsync("demo-school");
        var pupil = $"Kit {Guid.NewGuid().ToString("N")[..8]}";
        var referral = await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals",
            ReferralBodies.Referral(AttendanceSteps.DemoLearningAcademy, pupil: ReferralBodies.Pupil(firstName: pupil.Split(' ')[0], lastName: pupil.Split(' ')[1]))));
        await RunningPlatform.OkAsync(await school.PostAsync($"/api/referrals/{referral}/submit", null));

        var headteacher = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "head@demo-dales.example", "/referrals");
        await headteacher.CheckAsync("journey-referrals");
        await headteacher.Page.GetByRole(AriaRole.Link, new() { NameRegex = new(pupil) }).ClickAsync();
        await headteacher.Page.WaitForURLAsync("**/decision");
        await headteacher.CheckAsync("journey-decision");
        await headteacher.Page.GetByLabel("Yes, approve it").CheckAsync();
        await headteacher.Page.GetByLabel("Name of the AP lead who will take it on").FillAsync("Amir Patel");
        await headteacher.Page.GetByLabel("Your reasons").FillAsync("The chronology shows what was tried; a registered provider suits.");
        await headteacher.SubmitAsync("Record your decision", "journey-decided");

        var approval = (await school.GetFromJsonAsync<JsonElement>($"/api/referrals/{referral}")).GetProperty("approvals").EnumerateArray().Single();
        Assert.True(approval.GetProperty("approved").GetBoolean());
        Assert.Equal("Helen Hart", approval.GetProperty("decidedBy").GetString());
        Assert.Equal(JsonValueKind.String, approval.GetProperty("decidedByPersonId").ValueKind);
    }

    [Fact]
    public async Task AnLaDirectoryOfficerSuspendsAProviderSayingWhy()
    {
        var la = await system.SignInAsync("demo-la");
        var name = $"Moorside Forge {Guid.NewGuid().ToString("N")[..6]}";
        var provider = await RunningPlatform.IdAsync(await la.PostAsJsonAsync("/api/directory/providers", DirectorySamples.Provider(name)));

        var officer = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "directory@demoshire.example", $"/providers/{provider}");
        await officer.CheckAsync("journey-provider");
        await officer.Page.GetByLabel("Suspend the provider").CheckAsync();
        await officer.Page.GetByLabel("Reason").FillAsync("Insurance lapsed on 1 November.");
        await officer.SubmitAsync("Change the listing", "journey-provider-suspended");

        var record = await la.GetFromJsonAsync<JsonElement>($"/api/directory/providers/{provider}");
        Assert.Equal("suspended", record.GetProperty("status").GetString());
        Assert.Equal("Leah Dunn", record.GetProperty("listingHistory").EnumerateArray().Last().GetProperty("byPerson").GetString());
    }
}
