using APPlatform.Attendance.Summaries;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using static APPlatform.Attendance.Tests.AttendanceService;

namespace APPlatform.Attendance.Tests;

/// <summary>
/// Each school's week for its AP lead, every Friday from a deadline in the database; in a class of its own, since it
/// moves the service's clock to that Friday.
/// </summary>
public sealed class WeeklyFiguresTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task OnFridayEachSchoolsWeekIsAnnouncedInOneEventAndTheNextFridayIsPlanned()
    {
        var figures = await service.Bus.SubscribeAsync<WeeklyAttendanceFigures>();
        var planned = await PendingAsync();
        var friday = DateOnly.Parse(planned.Subject);
        service.Clock.Advance(planned.DueAt - service.Clock.GetUtcNow() - TimeSpan.FromHours(1));
        var school = Guid.NewGuid();
        var first = await service.PlacementAsync(schoolId: school);
        var second = await service.PlacementAsync(schoolId: school);
        var another = await service.PlacementAsync();
        await OkAsync(await service.PostReturnAsync(ProviderOf(first), friday, Mark(first, "present"), Mark(first, "absent", "PM")));
        await OkAsync(await service.PostReturnAsync(ProviderOf(second), friday, Mark(second, "late", minutesLate: 5)));

        await service.RunDueDeadlinesAsync();
        var beforeFour = await service.QueuedEventsAsync<WeeklyAttendanceFigures>();
        service.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await service.RunDueDeadlinesAsync();
        var sent = await service.QueuedEventsAsync<WeeklyAttendanceFigures>();

        Assert.Empty(beforeFour);
        var ours = Assert.Single(sent, e => e.SchoolId == school);
        Assert.Equal((friday.AddDays(-4), 2, 3, 2, 0, 1, 1, 66.7m, 1),
            (ours.WeekStarting, ours.Placements, ours.SessionsPossible, ours.Attended, ours.AuthorisedAbsence, ours.UnauthorisedAbsence, ours.Unexplained,
                ours.AttendancePercent, ours.OpenCases));
        var theirs = Assert.Single(sent, e => e.SchoolId == another.SchoolId);
        Assert.Equal((1, 0), (theirs.Placements, theirs.SessionsPossible));
        Assert.Equal(friday.AddDays(7).ToString("yyyy-MM-dd"), (await PendingAsync()).Subject);
        await Eventually.Until(() => Task.FromResult(figures.Count(e => e.Message.SchoolId == school)), n => n == 1, because: "it is published");
    }

    private Task<Deadline> PendingAsync() =>
        service.WithDbAsync(db => db.Set<Deadline>().AsNoTracking().SingleAsync(d => d.Kind == WeeklyFigures.KindName && d.FiredAt == null));
}
