using System.Net.Http.Json;
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
