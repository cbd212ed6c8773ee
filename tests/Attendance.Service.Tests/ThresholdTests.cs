using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Attendance.Model;
using APPlatform.Contracts.Attendance;
using APPlatform.TestSupport;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>Thresholds that call for action, each announced once, from real marks over RabbitMQ.</summary>
public sealed class ThresholdTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task AttendanceBelowTheSchoolsTargetIsAnnouncedOnce()
    {
        var below = await service.Bus.SubscribeAsync<AttendanceBelowThreshold>();
        var placement = await service.PlacementAsync();
        await OkAsync(await service.As(SchoolOf(placement)).PutAsJsonAsync($"/api/attendance/schools/{placement.SchoolId}/target", new { percent = 95 }));

        for (var day = 1; day <= 5; day++)
        {
            await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-day), Mark(placement, "present"), Mark(placement, day == 3 ? "absent" : "present", "PM")));
        }

        var message = (await Eventually.Until(() => Task.FromResult(below.Where(e => e.Message.PlacementId == placement.PlacementId).ToList()), e => e.Count > 0,
            because: "9 of 10 sessions is below 95%")).Single().Message;
        Assert.Equal(90m, message.AttendancePercent);
        Assert.Equal(95m, message.TargetPercent);
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent")));
        // Each return's thresholds are checked before it is answered, so any second announcement is in the outbox by now.
        Assert.Single(await service.QueuedEventsAsync<AttendanceBelowThreshold>(), e => e.PlacementId == placement.PlacementId);
    }

    [Fact]
    public async Task TenConsecutiveDaysOfUnauthorisedAbsenceAreAnnounced()
    {
        var consecutive = await service.Bus.SubscribeAsync<ConsecutiveAbsence>();
        var placement = await service.PlacementAsync();

        for (var day = 10; day >= 1; day--)
        {
            await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-day), Mark(placement, "absent"), Mark(placement, "absent", "PM")));
        }

        var message = (await Eventually.Until(() => Task.FromResult(consecutive.Where(e => e.Message.PlacementId == placement.PlacementId).ToList()), e => e.Count > 0,
            because: "ten days absent")).Single().Message;
        Assert.Equal(10, message.SchoolDays);
    }

    [Fact]
    public async Task TenUnauthorisedSessionsInTenSchoolWeeksAreAnnouncedToTheLocalAuthorityOnce()
    {
        var reached = await service.Bus.SubscribeAsync<PenaltyThresholdReached>();
        var placement = await service.PlacementAsync();
        for (var day = 5; day >= 2; day--)
        {
            await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-day), Mark(placement, "absent"), Mark(placement, "absent", "PM")));
        }

        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-1), Mark(placement, "absent"), Mark(placement, "present", "PM")));
        var atNine = await service.QueuedEventsAsync<PenaltyThresholdReached>();
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-1), Mark(placement, "absent"), Mark(placement, "absent", "PM")));
        await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today, Mark(placement, "absent")));

        Assert.DoesNotContain(atNine, e => e.PlacementId == placement.PlacementId);
        var message = (await Eventually.Until(() => Task.FromResult(reached.Where(e => e.Message.PlacementId == placement.PlacementId).ToList()), e => e.Count > 0,
            because: "ten sessions of unauthorised absence")).Single().Message;
        Assert.Equal((placement.LocalAuthorityId, 10, 10), (message.LocalAuthorityId, message.UnauthorisedSessions, message.SchoolWeeks));
        // Each return's thresholds are checked before it is answered: the eleventh session is in, and announced nothing more.
        Assert.Single(await service.QueuedEventsAsync<PenaltyThresholdReached>(), e => e.PlacementId == placement.PlacementId);
    }

    [Fact]
    public async Task FifteenDaysOfIllnessAreAnnouncedOnceTheSchoolConfirmsThem()
    {
        var illness = await service.Bus.SubscribeAsync<IllnessAbsence>();
        var placement = await service.PlacementAsync();
        for (var day = 15; day >= 1; day--)
        {
            await OkAsync(await service.PostReturnAsync(ProviderOf(placement), Today.AddDays(-day), Mark(placement, "absent", reason: "Ill")));
        }

        var school = service.As(SchoolOf(placement));
        foreach (var absence in (await school.GetFromJsonAsync<JsonElement>("/api/attendance/cases")).EnumerateArray())
        {
            await OkAsync(await school.PostAsJsonAsync($"/api/attendance/cases/{absence.GetProperty("id")}/explain", new { code = "I", explanation = "GP letter." }));
        }

        var message = (await Eventually.Until(() => Task.FromResult(illness.Where(e => e.Message.PlacementId == placement.PlacementId).ToList()), e => e.Count > 0,
            because: "fifteen days of illness")).Single().Message;
        Assert.Equal(15, message.SchoolDays);
        var summary = await school.GetFromJsonAsync<JsonElement>($"/api/attendance/summaries/placements/{placement.PlacementId}");
        Assert.Equal(15, summary.GetProperty("summary").GetProperty("authorisedAbsence").GetInt32());
        Assert.True(summary.GetProperty("summary").GetProperty("severeAbsence").GetBoolean());
    }

    [Fact]
    public async Task SummariesCoverOnlyWhatTheCallerMaySee()
    {
        var provider = Guid.NewGuid();
        var school = Guid.NewGuid();
        var ours = await service.PlacementAsync(provider, school);
        var another = await service.PlacementAsync(provider);
        await OkAsync(await service.PostReturnAsync(TestCaller.Provider(provider), Today, Mark(ours, "present"), Mark(another, "absent")));

        var asSchool = await service.As(TestCaller.School(school)).GetFromJsonAsync<JsonElement>($"/api/attendance/summaries/providers/{provider}");
        var asProvider = await service.As(TestCaller.Provider(provider)).GetFromJsonAsync<JsonElement>($"/api/attendance/summaries/providers/{provider}");
        var weekly = await service.As(TestCaller.School(school)).GetFromJsonAsync<JsonElement>($"/api/attendance/schools/{school}/weekly");

        Assert.Equal(1, asSchool.GetProperty("summary").GetProperty("sessionsPossible").GetInt32());
        Assert.Equal(2, asProvider.GetProperty("summary").GetProperty("sessionsPossible").GetInt32());
        Assert.Equal(ours.PlacementId, weekly.GetProperty("placements").EnumerateArray().Single().GetProperty("placementId").GetGuid());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await service.As(TestCaller.School()).GetAsync($"/api/attendance/schools/{school}/weekly")).StatusCode);
    }
}
