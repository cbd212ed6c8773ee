using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>A placement starts only when every pre-placement check passes; each failing one says why.</summary>
public sealed class PrePlacementCheckTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task WithEveryCheckPassedThePlacementStartsAndPlacementStartedCarriesWhatOthersNeed()
    {
        var started = await service.Bus.SubscribeAsync<PlacementStarted>();
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(auditor: school);
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, pupil: ReferralBodies.Pupil(lookedAfter: true)));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        await journey.NotifyAsync();

        var checks = await journey.ChecksAsync();
        var placement = await ReferralService.OkAsync(await journey.StartAsync());

        Assert.True(checks.GetProperty("mayStart").GetBoolean(), checks.ToString());
        Assert.Equal("active", placement.GetProperty("status").GetString());
        Assert.Equal("B", placement.GetProperty("attendanceCode").GetString());
        var message = (await Eventually.Until(() => Task.FromResult(started.Where(e => e.Message.Placement.PlacementId == journey.PlacementId).ToList()),
            e => e.Count > 0, because: "PlacementStarted over RabbitMQ")).Single().Message.Placement;
        Assert.Equal(provider, message.ProviderId);
        Assert.Equal(school.OrganisationId, message.SchoolId);
        Assert.Equal(school.LocalAuthorityId, message.LocalAuthorityId);
        Assert.Equal("approved_activity", message.RegistrationMode);
        Assert.Equal(9m, message.HoursPerWeek);
        Assert.False(message.IsFullTime);
        Assert.True(message.IsLookedAfter);
        Assert.Equal(3, message.Timetable.Count);
    }

    [Fact]
    public async Task WithoutAnAuditOrANotificationTheStartIsRefusedWithEveryReason()
    {
        var provider = await service.ProviderAsync();
        var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();

        var refused = await journey.StartAsync();

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["audit", "parent_notification"], body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("check").GetString()));
        Assert.Contains("audit and risk assessment", body.GetProperty("detail").GetString());
        var placement = await journey.Client.GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}");
        Assert.Equal("planned", placement.GetProperty("status").GetString());
    }

    /// <summary>The directory's copy says who may rely on an audit; suitability and expiry are PrePlacementRulesTests (in memory).</summary>
    [Theory]
    [InlineData("shared_by_a_school_in_the_same_la", true)]
    [InlineData("private_to_another_school", false)]
    [InlineData("by_the_same_trust_in_another_la", true)]
    public async Task OnlyAnAuditTheSchoolMayRelyOnPasses(string audit, bool passes)
    {
        var school = Journey.NewSchool();
        var provider = audit switch
        {
            "shared_by_a_school_in_the_same_la" => await service.ProviderAsync(auditor: TestCaller.School(localAuthorityId: school.LocalAuthorityId)),
            "private_to_another_school" => await service.ProviderAsync(auditor: TestCaller.School(localAuthorityId: school.LocalAuthorityId), shared: false),
            _ => await service.ProviderAsync(auditor: TestCaller.School(trustId: school.TrustId, localAuthorityId: Guid.NewGuid()), shared: false),
        };
        var journey = await new Journey(service, school, provider).ReadyAsync();

        var check = (await journey.ChecksAsync()).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == "audit");

        Assert.True(passes == check.GetProperty("passed").GetBoolean(), check.ToString());
    }

    [Fact]
    public async Task ASuspendedOrRemovedProviderCannotStartAPlacement()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(auditor: school);
        var journey = await new Journey(service, school, provider).ReadyAsync();

        await service.Bus.PublishAsync(new ProviderSuspended(provider, "Suspended Centre", DateTimeOffset.UtcNow));
        var check = await Eventually.Until(async () => (await journey.ChecksAsync()).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == "provider_listing"),
            c => !c.GetProperty("passed").GetBoolean(), because: "ProviderSuspended should reach the read model");

        Assert.Contains("suspended", check.GetProperty("detail").GetString());
        await ProblemAssert.HasStatus(await journey.StartAsync(), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnUnregisteredProviderNeedsTheExceptionRecordedAndNoMoreThanTheTrustsHours()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(auditor: school);
        var body = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(ReferralBodies.Referral(provider, timetable: ReferralBodies.Timetable(mornings: 5)
            .Concat(Enumerable.Range(1, 2).Select(i => (object)new { day = ((DayOfWeek)i).ToString().ToLowerInvariant(), session = "PM", starts = "13:00:00", ends = "15:30:00" })).ToArray())))!;
        body["unregisteredJustification"] = null;
        var journey = await new Journey(service, school, provider).ReferAsync(body);
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        await journey.NotifyAsync();

        var check = (await journey.ChecksAsync()).GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == "unregistered_provider");

        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Contains("20 hours a week, above the trust's limit of 15", check.GetProperty("detail").GetString());
        Assert.Contains("exceptional use", check.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ChangingTheArrangementsCannotRaiseTheHoursAtAnUnregisteredProviderAboveTheTrustsCap()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(auditor: school);
        var journey = await new Journey(service, school, provider).ReadyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());

        // 5 mornings and 2 afternoons: 20 hours a week, above the trust's 15 that the start held the placement to.
        var afternoons = Enumerable.Range(1, 2)
            .Select(i => (object)new { day = ((DayOfWeek)i).ToString().ToLowerInvariant(), session = "PM", starts = "13:00:00", ends = "15:30:00" });
        var arrangements = $"/api/placements/{journey.PlacementId}/arrangements";
        var raised = await journey.Client.PutAsJsonAsync(arrangements, Arrangements([.. ReferralBodies.Timetable(mornings: 5), .. afternoons]));
        var withinTheCap = await journey.Client.PutAsJsonAsync(arrangements, Arrangements(ReferralBodies.Timetable(mornings: 5)));

        var problem = await ProblemAssert.HasStatus(raised, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("20 hours a week, above the trust's limit of 15", problem.Detail);
        Assert.Equal(15m, (await ReferralService.OkAsync(withinTheCap)).GetProperty("hoursPerWeek").GetDecimal());
    }

    private static object Arrangements(object[] timetable) => new
    {
        timetable,
        plannedEndDate = ReferralBodies.Today.AddDays(98).ToString("yyyy-MM-dd"),
        isSoleProvision = false,
        pastoralContact = new { name = "Pat Pastoral", role = "Head of Year 10" },
        costPerWeek = 300,
    };

    [Fact]
    public async Task AnOffSiteDirectionNeedsNoticeAtLeastTwoSchoolDaysBeforeTheStart()
    {
        var school = Journey.NewSchool();
        await ReferralService.OkAsync(await service.As(school).PutAsJsonAsync("/api/referrals/school-calendar", new
        {
            terms = new[] { new { name = "This term", starts = ReferralBodies.Today.AddDays(-30).ToString("yyyy-MM-dd"), ends = ReferralBodies.Today.AddDays(60).ToString("yyyy-MM-dd") } },
            closures = new[] { SchoolDayAfter(ReferralBodies.Today, 1).ToString("yyyy-MM-dd") },
        }));
        var provider = await service.ProviderAsync(registered: true, auditor: school);

        // Notice today; the next school day is a closure, so a start three school days on leaves one school day between.
        var tooSoon = await DirectedAsync(school, provider, SchoolDayAfter(ReferralBodies.Today, 3));
        var inTime = await DirectedAsync(school, provider, SchoolDayAfter(ReferralBodies.Today, 4));

        var refused = await tooSoon.StartAsync();
        var problem = await ProblemAssert.HasStatus(refused, HttpStatusCode.Conflict);
        Assert.Contains("at least 2 school days", problem.Detail);
        Assert.Contains("1 school day(s)", problem.Detail);
        Assert.Equal(HttpStatusCode.OK, (await inTime.StartAsync()).StatusCode);
    }

    /// <summary>The <paramref name="n"/>th weekday after <paramref name="day"/>.</summary>
    private static DateOnly SchoolDayAfter(DateOnly day, int n)
    {
        while (n > 0)
        {
            day = day.AddDays(1);
            n -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }

    private async Task<Journey> DirectedAsync(TestCaller school, Guid provider, DateOnly start)
    {
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, start: start, reason: "off_site_direction"));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync(legalBasis: "off_site_direction");
        return await journey.NotifyAsync();
    }
}
