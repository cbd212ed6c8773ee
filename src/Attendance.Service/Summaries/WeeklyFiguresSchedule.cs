using APPlatform.Attendance.Infrastructure;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Summaries;

/// <summary>Plans the first Friday's <see cref="WeeklyFigures"/> at start-up when none is pending (replicas take turns).</summary>
internal sealed class WeeklyFiguresSchedule(IServiceScopeFactory scopes, IOptions<AttendanceOptions> options, TimeProvider clock) : IHostedService
{
    private const long PlanLock = 0x4150_5765_656b_6c79; // "APWeekly"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        await db.Database.RunExclusivelyAsync(PlanLock, async () =>
        {
            if (!await db.Set<Deadline>().AnyAsync(d => d.Kind == WeeklyFigures.KindName && d.FiredAt == null, cancellationToken))
            {
                var rule = options.Value.FridayFigures();
                var friday = rule.NextFriday(clock.NowInEngland());
                WeeklyFigures.Plan(db, friday, rule.DueOn(friday));
                await db.SaveChangesAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
