using System.Net.Http.Json;
using APPlatform.BrowserSupport;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.Playwright;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// The local authority's pages, notification settings and inviting a person, in Debian's chromium through the gateway:
/// each person signs in once as a demo person and axe checks every page they reach.
/// </summary>
public sealed class LocalAuthorityPagesTests(RunningPlatform system, Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly Guid demoSkillsCentre = Guid.Parse("9d000000-0000-0000-0000-000000000001");
    private static readonly Guid DemoDalesAcademy = Guid.Parse("5c000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task AnLaOfficerSeesAPlacementInTheAreaTheProviderOnTheThresholdWatchWithItsAuditsAndConcernsAndADaySixCase()
    {
        var school = await system.SignInAsync("demo-school");
        var placed = $"Ellis {Guid.NewGuid().ToString("N")[..8]}";
        // The pupil's sole provision (so full-time) and looked after: one such pupil at an unregistered provider breaches the threshold.
        await RunningPlatform.StartedPlacementAsync(school,
            ReferralBodies.Referral(demoSkillsCentre, pupil: ReferralBodies.Pupil(lookedAfter: true, firstName: placed.Split(' ')[0], lastName: placed.Split(' ')[1])),
            await system.SignInAsync("demo-trust"), ReferralBodies.Placement(soleProvision: true));
        var concern = $"Pupils left unsupervised at lunch, {Guid.NewGuid().ToString("N")[..6]}.";
        await RunningPlatform.IdAsync(await school.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/directory/providers/{demoSkillsCentre}/concerns")
        {
            Content = JsonContent.Create(new { category = "safeguarding", summary = concern }),
            Headers = { { "Idempotency-Key", Guid.NewGuid().ToString() } },
        }));
        var suspended = $"Sky {Guid.NewGuid().ToString("N")[..8]}";
        await RunningPlatform.IdAsync(await school.PostAsJsonAsync("/api/referrals/suspensions", new
        {
            pupil = ReferralBodies.Pupil(firstName: suspended.Split(' ')[0], lastName: suspended.Split(' ')[1]),
            firstDay = ReferralBodies.Today.ToString("yyyy-MM-dd"),
            schoolDays = 10,
        }));

        var officer = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "apteam@demoshire.example", "/placements");
        await officer.CheckAsync("la-placements");
        var placement = officer.Page.GetByRole(AriaRole.Row, new() { NameRegex = new(placed) });
        Assert.Contains("Demo Skills Centre", await placement.InnerTextAsync());
        Assert.Contains("Running", await placement.InnerTextAsync());

        await officer.GoToAsync("/threshold-watch", "la-threshold-watch");
        var watched = officer.Page.GetByRole(AriaRole.Row, new() { NameRegex = new("Demo Skills Centre") });
        await Eventually.Until(async () =>
        {
            await officer.Page.ReloadAsync();
            return await watched.CountAsync() == 1 ? await watched.InnerTextAsync() : "";
        }, row => row.Contains("Breached"), because: "the placement reaches the directory's threshold watch");
        await officer.CheckAsync("la-threshold-watch");

        await watched.GetByRole(AriaRole.Link).ClickAsync();
        await officer.Page.WaitForURLAsync($"**/providers/{demoSkillsCentre}");
        await officer.CheckAsync("la-provider-audits-concerns");
        var main = await officer.Page.Locator("main").InnerTextAsync();
        Assert.Contains("Suitable", main);
        Assert.Contains(concern, main);

        await officer.GoToAsync("/absences", "la-escalated-absences");
        Assert.Contains("Cases escalated to the local authority", await officer.Page.Locator("main").InnerTextAsync());

        await officer.GoToAsync("/day-six", "la-day-six");
        Assert.Contains("Not yet arranged", await officer.Page.GetByRole(AriaRole.Row, new() { NameRegex = new(suspended) }).InnerTextAsync());
    }

    [Fact]
    public async Task AnLaOfficerDecidesOnTheLasOwnReferralInHerOwnName()
    {
        var la = await system.SignInAsync("demo-la");
        var (first, last) = ("Kai", Guid.NewGuid().ToString("N")[..8]);
        var body = ReferralBodies.LocalAuthorityReferral(AttendanceSteps.DemoLearningAcademy, DemoDalesAcademy, duty: "health_needs");
        body["pupil"] = System.Text.Json.JsonSerializer.SerializeToNode(ReferralBodies.Pupil(firstName: first, lastName: last));
        var referral = await RunningPlatform.IdAsync(await la.PostAsJsonAsync("/api/referrals", body));
        await RunningPlatform.OkAsync(await la.PostAsync($"/api/referrals/{referral}/submit", null));

        var officer = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "apteam@demoshire.example", "/referrals");
        await officer.CheckAsync("la-referrals");
        await officer.Page.GetByRole(AriaRole.Link, new() { NameRegex = new($"{first} {last}") }).ClickAsync();
        await officer.Page.WaitForURLAsync($"**/referrals/{referral}/decision");
        await officer.CheckAsync("la-decision");
        Assert.Equal("The local authority's decision", (await officer.Page.Locator(".govuk-caption-l").InnerTextAsync()).Trim());
        await officer.Page.GetByLabel("Yes, approve it").CheckAsync();
        await officer.SubmitAsync("Record your decision", "la-decided");

        var decided = await RunningPlatform.OkAsync(await la.GetAsync($"/api/referrals/{referral}"));
        Assert.Equal("approved", decided.GetProperty("status").GetString());
        Assert.Equal("Lara Quinn", decided.GetProperty("approvals").EnumerateArray().Single().GetProperty("decidedBy").GetString());
    }

    [Fact]
    public async Task AnAdministratorChangesHowTheirOrganisationIsToldWhichHoldsAndOthersOnlyRead()
    {
        var officer = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "attendance@demoshire.example", "/settings/notifications");
        await officer.CheckAsync("settings-notifications-read-only");
        Assert.True(await officer.Page.GetByLabel("Attendance team").IsDisabledAsync());
        Assert.Equal(0, await officer.Page.GetByRole(AriaRole.Button, new() { Name = "Save notification settings" }).CountAsync());

        var person = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "admin@demoshire.example", "/settings/notifications");
        await person.CheckAsync("settings-notifications");
        var address = $"attendance-{Guid.NewGuid().ToString("N")[..6]}@demoshire.example";
        await person.Page.GetByLabel("Attendance team").FillAsync(address);
        // Inbox only, so whatever another journey expects in the inbox still arrives there.
        await person.Page.GetByLabel("A placement in the LA's area ended").SelectOptionAsync("inbox");
        await person.SubmitAsync("Save notification settings", "settings-notifications-saved");

        await person.Page.ReloadAsync();
        Assert.Equal(address, await person.Page.GetByLabel("Attendance team").InputValueAsync());
        Assert.Equal("inbox", await person.Page.GetByLabel("A placement in the LA's area ended").InputValueAsync());
    }

    [Fact]
    public async Task AnAdministratorInvitesAPersonWithARoleWhoCreatesTheirAccountAndSignsIn()
    {
        var administrator = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, "admin@demoshire.example", "/people/invite");
        await administrator.CheckAsync("people-invite");
        await administrator.Page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await administrator.Page.Locator(".govuk-error-summary").WaitForAsync();
        await administrator.Page.WaitForLoadStateAsync(LoadState.Load);
        await administrator.CheckAsync("people-invite-errors");
        Assert.Contains("Select at least one role", await administrator.Page.Locator(".govuk-error-summary").InnerTextAsync());
        var email = $"officer-{Guid.NewGuid().ToString("N")[..6]}@demoshire.example";
        await administrator.Page.GetByLabel("Email address").FillAsync(email);
        await administrator.Page.GetByLabel("Attendance team").CheckAsync();
        await administrator.SubmitAsync("Send the invitation", "people-invited");
        Assert.Contains($"{email} is invited as attendance team", await administrator.Page.Locator(".govuk-notification-banner").InnerTextAsync());

        await administrator.Page.GetByRole(AriaRole.Link, new() { Name = "accept the invitation" }).ClickAsync();
        await administrator.Page.WaitForURLAsync("**/account/accept-invitation*");
        var invitee = administrator.Page;
        await invitee.Context.ClearCookiesAsync();
        await invitee.ReloadAsync();
        await administrator.CheckAsync("people-accept-invitation");
        await invitee.GetByLabel("Your full name").FillAsync("Nia Okafor");
        await invitee.GetByLabel("Create a password").FillAsync(SignedInPerson.DemoPassword);
        await invitee.GetByLabel("Confirm your password").FillAsync(SignedInPerson.DemoPassword);
        await invitee.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        Assert.Equal("Your account is ready", (await invitee.Locator("h1").InnerTextAsync()).Trim());

        var newcomer = await SignedInPerson.SignInAsync(chromium, system.GatewayUrl, email, "/home");
        await newcomer.CheckAsync("people-newcomer-home");
        Assert.Contains("Nia Okafor", await newcomer.Page.Locator("main").InnerTextAsync());
        Assert.Equal(1, await newcomer.Page.GetByRole(AriaRole.Link, new() { Name = "Escalated absences" }).CountAsync());
    }
}
