using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Attendance;
using APPlatform.TestSupport;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>
/// An absence's N is replaced within five school days, decided by a check each midnight; in a class of its own, since
/// it moves the service's clock on a week.
/// </summary>
public sealed class UnexplainedMarkTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task AnAbsenceStillCodedNFiveSchoolDaysOnIsAnnouncedOnceAndOneExplainedInTimeIsNot()
    {
        var notReplaced = await service.Bus.SubscribeAsync<UnexplainedMarkNotReplaced>();
        var left = await service.PlacementAsync();
        var explained = await service.PlacementAsync();
        var reportedAgain = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(left), Today, Mark(left, "absent")));
        await OkAsync(await service.PostReturnAsync(ProviderOf(explained), Today, Mark(explained, "absent")));
        var school = service.As(SchoolOf(explained));
        var caseId = (await school.GetFromJsonAsync<JsonElement>("/api/attendance/cases"))[0].GetProperty("id").GetGuid();
        await OkAsync(await school.PostAsJsonAsync($"/api/attendance/cases/{caseId}/explain", new { code = "M", explanation = "Dental appointment, letter seen." }));
        foreach (var status in new[] { "absent", "present", "absent" })
        {
            await OkAsync(await service.PostReturnAsync(ProviderOf(reportedAgain), Today, Mark(reportedAgain, status)));
        }

        await service.RunDueDeadlinesAsync();
        var beforeTheDeadline = await service.QueuedEventsAsync<UnexplainedMarkNotReplaced>();
        // Five school days from today end within a week and a day, whatever today is.
        service.Clock.Advance(TimeSpan.FromDays(8));
        await service.RunDueDeadlinesAsync();
        var afterIt = await service.QueuedEventsAsync<UnexplainedMarkNotReplaced>();
        // The next midnight's check has nothing more to say of them.
        service.Clock.Advance(TimeSpan.FromDays(1));
        await service.RunDueDeadlinesAsync();
        var aDayLater = await service.QueuedEventsAsync<UnexplainedMarkNotReplaced>();

        Assert.Empty(beforeTheDeadline);
        var announced = Assert.Single(afterIt, e => e.PlacementId == left.PlacementId);
        Assert.Equal((Today, "AM", 5), (announced.Date, announced.Session, announced.SchoolDays));
        Assert.DoesNotContain(afterIt, e => e.PlacementId == explained.PlacementId);
        Assert.Single(afterIt, e => e.PlacementId == reportedAgain.PlacementId);
        Assert.Equal(afterIt.Count, aDayLater.Count);
        await Eventually.Until(() => Task.FromResult(notReplaced.Count(e => e.Message.PlacementId == left.PlacementId)), n => n == 1, because: "it is published");
    }
}
