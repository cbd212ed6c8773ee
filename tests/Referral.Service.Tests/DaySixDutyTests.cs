using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Referrals;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Tests;

/// <summary>From day six of a suspension of more than five school days the school must provide education (EIA 2006 s100).</summary>
public sealed class DaySixDutyTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ALongSuspensionWithNoPlacementByDaySixRaisesAnEvent()
    {
        var heard = await service.Bus.SubscribeAsync<SuspensionDaySixWithoutProvision>();
        var school = await SchoolWithCalendarAsync();

        var suspension = await SuspendAsync(school, ReferralBodies.Pupil(), schoolDays: 8);

        var message = (await Eventually.Until(() => Task.FromResult(heard.Where(e => e.Message.SuspensionId == suspension).ToList()), e => e.Count > 0,
            because: "day six has passed with no placement")).Single().Message;
        Assert.Equal(SchoolDay(5), message.DaySix);
        Assert.Equal(school.OrganisationId, message.SchoolId);
        // The LA is told, with a link to the suspension: it may open it, and no other LA may.
        await ReferralService.OkAsync(await service.As(TestCaller.LocalAuthority(school.LocalAuthorityId!.Value)).GetAsync($"/api/referrals/suspensions/{suspension}"));
        await ProblemAssert.HasStatus(await service.As(TestCaller.LocalAuthority()).GetAsync($"/api/referrals/suspensions/{suspension}"), System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task APlacementStartedByDaySixMeetsTheDutyAndAShortSuspensionHasNone()
    {
        var school = await SchoolWithCalendarAsync();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var pupil = ReferralBodies.Pupil();
        var journey = await new Journey(service, school, provider).ReferAsync(ReferralBodies.Referral(provider, start: SchoolDay(4), pupil: pupil));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync(legalBasis: "suspension_day_six");
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());

        var covered = await SuspendAsync(school, pupil, schoolDays: 10);
        var shortOne = await SuspendAsync(school, ReferralBodies.Pupil(), schoolDays: 5);

        await Eventually.Until(() => service.WithDbAsync(db => db.Set<Deadline>().AnyAsync(d => d.Subject == covered.ToString() && d.FiredAt != null)), fired => fired,
            because: "the day-six deadline should have run");
        var raised = await service.WithDbAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.Contains(nameof(SuspensionDaySixWithoutProvision))).Select(m => m.Body).ToListAsync());
        Assert.DoesNotContain(raised, body => body.Contains(covered.ToString()));
        Assert.False(await service.WithDbAsync(db => db.Set<Deadline>().AnyAsync(d => d.Subject == shortOne.ToString())));
    }

    [Fact]
    public async Task TheSchoolAndItsLocalAuthorityListDaySixCasesWithWhetherEachIsProvidedFor()
    {
        var school = await SchoolWithCalendarAsync();
        var suspension = await SuspendAsync(school, ReferralBodies.Pupil(firstName: "Quinn", lastName: "Dayson"), schoolDays: 9);

        foreach (var reader in new[] { school, TestCaller.LocalAuthority(school.LocalAuthorityId!.Value) })
        {
            var cases = await service.As(reader).GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/referrals/suspensions/day-six");
            var listed = Assert.Single(cases!, c => c.GetProperty("suspensionId").GetGuid() == suspension);
            Assert.Equal("Quinn Dayson", listed.GetProperty("pupilName").GetString());
            Assert.Equal(SchoolDay(5).ToString("yyyy-MM-dd"), listed.GetProperty("daySix").GetString());
            Assert.False(listed.GetProperty("provided").GetBoolean());
        }

        var otherArea = await service.As(TestCaller.LocalAuthority()).GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/referrals/suspensions/day-six");
        Assert.DoesNotContain(otherArea!, c => c.GetProperty("suspensionId").GetGuid() == suspension);
    }

    [Fact]
    public async Task WhenASchoolsOwnCalendarRunsOutDaySixIsStillCountedAndTheServiceAndTheSchoolSaySo()
    {
        var told = await service.Bus.SubscribeAsync<SchoolCalendarDoesNotCover>();
        var school = Journey.NewSchool();
        await ReferralService.OkAsync(await service.As(school).PutAsJsonAsync("/api/referrals/school-calendar", new
        {
            terms = new[] { new { name = "Autumn 2027", starts = "2027-09-02", ends = "2027-12-17" } },
        }));

        // Its own terms give five school days from Monday 13 December; the sixth is after they end, on the first day of
        // England's spring term.
        var suspension = await service.As(school).PostAsJsonAsync("/api/referrals/suspensions",
            new { pupil = ReferralBodies.Pupil(), firstDay = "2027-12-13", schoolDays = 8 });
        var another = await service.As(school).PostAsJsonAsync("/api/referrals/suspensions",
            new { pupil = ReferralBodies.Pupil(), firstDay = "2027-12-15", schoolDays = 6 });

        Assert.Equal("2028-01-04", (await ReferralService.CreatedBodyAsync(suspension)).GetProperty("daySix").GetString());
        Assert.Equal("2028-01-06", (await ReferralService.CreatedBodyAsync(another)).GetProperty("daySix").GetString());
        var (status, calendars) = await HealthAsync();
        Assert.Equal("Degraded", status);
        Assert.Equal("Degraded", calendars.GetProperty("status").GetString());
        Assert.Contains($"school {school.OrganisationId} has no terms for 2027-12-18", calendars.GetProperty("description").GetString());
        var message = (await Eventually.Until(() => Task.FromResult(told.Where(e => e.Message.SchoolId == school.OrganisationId).ToList()), e => e.Count > 0,
            because: "the school is told its calendar has run out")).Single().Message;
        Assert.Equal((new DateOnly(2027, 12, 18), new DateOnly(2027, 9, 2), new DateOnly(2027, 12, 17)), (message.Day, message.TermsFrom, message.TermsUntil));
        Assert.Equal("2027-12-18", (await service.As(school).GetFromJsonAsync<JsonElement>("/api/referrals/school-calendar")).GetProperty("uncoveredDayNeeded").GetString());

        // Terms that cover the day clear it: the service no longer names the school.
        await ReferralService.OkAsync(await service.As(school).PutAsJsonAsync("/api/referrals/school-calendar", new
        {
            terms = new[]
            {
                new { name = "Autumn 2027", starts = "2027-09-02", ends = "2027-12-17" },
                new { name = "Spring 2028", starts = "2028-01-05", ends = "2028-04-07" },
            },
        }));
        Assert.DoesNotContain(school.OrganisationId.ToString(), (await HealthAsync()).Calendars.GetProperty("description").GetString());
        Assert.Single(told, e => e.Message.SchoolId == school.OrganisationId);
    }

    private async Task<(string? Status, JsonElement Calendars)> HealthAsync()
    {
        var report = await service.App.CreateClient().GetFromJsonAsync<JsonElement>("/health");
        return (report.GetProperty("status").GetString(), report.GetProperty("checks").GetProperty("school-calendars"));
    }

    /// <summary>A calendar whose term began three weeks ago (weekdays only), so day six of a suspension from then has passed.</summary>
    private async Task<TestCaller> SchoolWithCalendarAsync()
    {
        var school = Journey.NewSchool();
        await ReferralService.OkAsync(await service.As(school).PutAsJsonAsync("/api/referrals/school-calendar", new
        {
            terms = new[] { new { name = "This term", starts = TermStart.ToString("yyyy-MM-dd"), ends = ReferralBodies.Today.AddDays(90).ToString("yyyy-MM-dd") } },
        }));
        return school;
    }

    private static DateOnly TermStart => ReferralBodies.Today.AddDays(-21);

    /// <summary>The nth school day after the term's first (the first is day zero).</summary>
    private static DateOnly SchoolDay(int n)
    {
        var day = TermStart;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        while (n > 0)
        {
            day = day.AddDays(1);
            n -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }

    private async Task<Guid> SuspendAsync(TestCaller school, object pupil, int schoolDays) =>
        await service.CreatedIdAsync(await service.As(school).PostAsJsonAsync("/api/referrals/suspensions",
            new { pupil, firstDay = SchoolDay(0).ToString("yyyy-MM-dd"), schoolDays }));
}
