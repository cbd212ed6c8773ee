using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.ServiceDefaults.Time;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// SI 2010/1156 reg 4: an off-site direction is reviewed at its governing board's interval, and on the parents' request
/// unless one was held in the last 10 weeks. Dates follow the service's clock, which one test moves on.
/// </summary>
public sealed class OffSiteDirectionReviewTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task TheReviewFallsDueAtTheBoardsIntervalAfterTheStartAndTheSchoolIsTold()
    {
        var (school, placementId, start) = await DirectedAsync(boardWeeks: 4);
        var calendar = await service.As(school).GetFromJsonAsync<JsonElement>("/api/referrals/school-calendar");
        var listed = (await service.As(school).GetFromJsonAsync<JsonElement>("/api/placements/due")).EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "off_site_direction_review");

        service.Clock.Advance(TimeSpan.FromDays(start.DayNumber - Today.DayNumber + 29));
        await service.RunDueDeadlinesAsync();

        Assert.Equal(4, calendar.GetProperty("offSiteDirectionReviewWeeks").GetInt32());
        Assert.Equal(start.AddDays(28), DateOnly.Parse(listed.GetProperty("dueOn").GetString()!));
        var due = Assert.Single(await service.QueuedEventsAsync<PlacementReviewDue>(), e => e.PlacementId == placementId);
        Assert.Equal((start.AddDays(28), "off_site_direction"), (due.DueOn, due.Kind));
        Assert.Equal(school.OrganisationId, due.SchoolId);
    }

    [Fact]
    public async Task TheParentsRequestMakesTheReviewDueNowUnlessOneWasHeldInTheLastTenWeeks()
    {
        var (school, placementId, _) = await DirectedAsync(boardWeeks: null);
        var client = service.As(school);

        var accepted = await ReferralService.OkAsync(await AskAsync(client, placementId));
        await service.RunDueDeadlinesAsync();

        Assert.Equal("Grace Okafor", accepted.GetProperty("reviewsAskedFor").EnumerateArray().Single().GetProperty("askedBy").GetString());
        var due = Assert.Single(await service.QueuedEventsAsync<PlacementReviewDue>(), e => e.PlacementId == placementId);
        Assert.Equal(Today, due.DueOn);

        await ReferralService.OkAsync(await client.PostAsJsonAsync($"/api/placements/{placementId}/reviews", new
        {
            kind = "parent_requested", heldOn = Today.ToString("yyyy-MM-dd"), attendees = new[] { new { name = "Grace Okafor", role = "Parent" } },
            progress = "Settling; attendance 85%.", outcome = "The direction continues.",
        }));
        var refused = await ProblemAssert.HasStatus(await AskAsync(client, placementId), HttpStatusCode.UnprocessableEntity);
        Assert.Contains($"A review was held on {Today:yyyy-MM-dd}", refused.Detail);

        await ProblemAssert.HasStatus(await AskAsync(service.As(Journey.NewSchool()), placementId), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyAnOffSiteDirectionGivesTheParentsTheRightToAsk()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var journey = await new Journey(service, school, provider).ReadyAsync(ReferralBodies.Referral(provider, start: Today.AddDays(14)));
        await ReferralService.OkAsync(await journey.StartAsync());

        var refused = await ProblemAssert.HasStatus(await AskAsync(journey.Client, journey.PlacementId), HttpStatusCode.UnprocessableEntity);

        Assert.Contains("Only an off-site direction", refused.Detail);
    }

    private DateOnly Today => service.Clock.TodayInEngland();

    private Task<HttpResponseMessage> AskAsync(HttpClient client, Guid placementId) =>
        client.PostAsJsonAsync($"/api/placements/{placementId}/review-requests", new { askedBy = "Grace Okafor", askedOn = Today.ToString("yyyy-MM-dd") });

    /// <summary>A running off-site direction starting in two weeks, at a school whose calendar covers the months ahead.</summary>
    private async Task<(TestCaller School, Guid PlacementId, DateOnly Start)> DirectedAsync(int? boardWeeks)
    {
        var school = Journey.NewSchool();
        await ReferralService.OkAsync(await service.As(school).PutAsJsonAsync("/api/referrals/school-calendar", new
        {
            terms = new[] { new { name = "This year", starts = Today.AddDays(-30).ToString("yyyy-MM-dd"), ends = Today.AddDays(200).ToString("yyyy-MM-dd") } },
            offSiteDirectionReviewWeeks = boardWeeks,
        }));
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var start = Today.AddDays(14);
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, start: start, reason: "off_site_direction"));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync(legalBasis: "off_site_direction");
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());
        return (school, journey.PlacementId, start);
    }
}
