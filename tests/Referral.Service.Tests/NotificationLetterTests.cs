using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.Contracts.Referrals;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>The written notification to parents (trust policy §9), as a letter and as an event for Notification.Service.</summary>
public sealed class NotificationLetterTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task TheLetterGivesEveryItemThePolicyNamesAndIssuingItPublishesAnEvent()
    {
        var issued = await service.Bus.SubscribeAsync<ParentNotificationIssued>();
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReadyAsync();

        var letter = await journey.Client.GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter");
        var html = await letter.Content.ReadAsStringAsync();

        Assert.Equal("text/html", letter.Content.Headers.ContentType?.MediaType);
        var start = ReferralBodies.Today.AddDays(14);
        foreach (var expected in new[]
        {
            "To Sam Example", "Demo Dales Academy", "To keep Jordan in education", "two suspensions this term",
            $"From {start.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}",
            "Monday: 09:00 to 12:00 (3 hours)", "Time each week", "9 hours", "Unit 4, Bank Road, Matlock DE4 3AG",
            "Morgan Manager, Centre manager, 01632 960002", "Pat Pastoral, Head of Year 10", "Print or save as PDF", "@media print",
        })
        {
            Assert.Contains(expected, html);
        }

        var message = (await Eventually.Until(() => Task.FromResult(issued.Where(e => e.Message.PlacementId == journey.PlacementId).ToList()),
            e => e.Count > 0, because: "ParentNotificationIssued over RabbitMQ")).Single().Message;
        Assert.False(message.IsOffSiteDirection);
    }

    [Fact]
    public async Task AnOffSiteDirectionLetterSaysSoAndTextIsEscaped()
    {
        var provider = await service.ProviderAsync(registered: true);
        var journey = await (await new Journey(service, Journey.NewSchool(), provider).ReferAsync(ReferralBodies.Referral(provider, reason: "off_site_direction"))).ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync(legalBasis: "off_site_direction");
        await ReferralService.OkAsync(await journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/parent-notification", new
        {
            schoolName = "<script>alert(1)</script> Academy",
            purpose = "To improve behaviour away from the pressures of the main site.",
            reason = "Repeated disruption despite the support plan.",
            issuedBy = "Dr A Head",
        }));

        var html = await journey.Client.GetStringAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter");

        Assert.Contains("directed to attend education off site", html);
        Assert.Contains("section 29A of the Education Act 2002", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task TheProviderNeverReadsTheLetterAndAnotherSchoolCannotIssueIt()
    {
        var provider = await service.ProviderAsync(registered: true);
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReadyAsync();

        await ProblemAssert.HasStatus(await service.As(TestCaller.Provider(provider)).GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter"), HttpStatusCode.NotFound);
        var other = await service.As(Journey.NewSchool()).PostAsJsonAsync($"/api/placements/{journey.PlacementId}/parent-notification",
            new { schoolName = "Other", purpose = "Someone else's pupil", reason = "Not ours at all", issuedBy = "Nobody" });
        await ProblemAssert.HasStatus(other, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheProviderSeesItsPlacementWithoutThePupilsRecordAndOtherProvidersSeeNothing()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(lookedAfter: true, sen: "ehc_plan")));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();

        var seen = await service.As(TestCaller.Provider(provider)).GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}");
        var list = await service.As(TestCaller.Provider(provider)).GetFromJsonAsync<JsonElement>("/api/placements");

        Assert.Equal("Jordan", seen.GetProperty("pupilSummary").GetProperty("firstName").GetString());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("pupil").ValueKind);
        Assert.DoesNotContain("Pat Caseworker", seen.ToString());
        Assert.DoesNotContain("Sol Worker", seen.ToString());
        Assert.Equal(journey.PlacementId, list.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid());
        await ProblemAssert.HasStatus(await service.As(TestCaller.Provider()).GetAsync($"/api/placements/{journey.PlacementId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AProviderSeesNoPupilUntilThePlacementPassesItsListingAndAuditChecks()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true);
        var journey = await (await (await new Journey(service, school, provider).ReferAsync()).ApproveAsync()).PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        var asProvider = service.As(TestCaller.Provider(provider));

        await ProblemAssert.HasStatus(await asProvider.GetAsync($"/api/placements/{journey.PlacementId}"), HttpStatusCode.NotFound);
        Assert.Empty((await asProvider.GetFromJsonAsync<JsonElement>("/api/placements")).GetProperty("items").EnumerateArray());

        await service.Bus.PublishAsync(new ProviderAuditCompleted(Guid.NewGuid(), provider, school.OrganisationId, school.TrustId, school.LocalAuthorityId,
            true, true, ReferralBodies.Today.AddDays(-1), ReferralBodies.Today.AddDays(300), DateTimeOffset.UtcNow));
        await Eventually.Until(() => service.WithDbAsync(db => db.Audits.AnyAsync(a => a.ProviderId == provider)), known => known, because: "the audit event should arrive");
        await journey.ChecksAsync();

        Assert.Equal(HttpStatusCode.OK, (await asProvider.GetAsync($"/api/placements/{journey.PlacementId}")).StatusCode);
    }
}
