using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Summaries;

/// <summary>
/// On Friday (<see cref="Model.Rules.FridayFigures"/>) announces each school's week at its AP placements,
/// <see cref="WeeklyAttendanceFigures"/>, one event a school; then plans the next Friday's (after a stop of weeks, the
/// coming one: the weeks missed are in the weekly view). A deadline in the database
/// like any other, so one replica sends them and a failed run is retried. At start-up the first is planned if none is pending.
/// </summary>
public sealed class WeeklyFigures(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock) : IRecurringDeadline
{
    public const string KindName = "weekly-figures";

    public sealed record Payload(DateOnly Friday);

    public string Kind => KindName;

    /// <summary>The coming Friday's figures.</summary>
    public void PlanFirst()
    {
        var rule = options.Value.FridayFigures();
        var friday = rule.NextFriday(clock.NowInEngland());
        Plan(db, friday, rule.DueOn(friday));
    }

    /// <summary>The figures of <paramref name="friday"/>'s week; the subject is the day, so it never clashes with the one running now.</summary>
    public static void Plan(AttendanceDbContext db, DateOnly friday, DateTimeOffset dueAt) =>
        db.AddDeadline(KindName, friday.ToString("yyyy-MM-dd"), dueAt, new Payload(friday));

    /// <summary>The placements running some day of the week from <paramref name="monday"/>.</summary>
    public static IQueryable<Placement> RunningInWeek(IQueryable<Placement> placements, DateOnly monday) =>
        placements.Where(p => p.StartDate <= monday.AddDays(6) && (p.EndDate == null || p.EndDate >= monday));

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var friday = deadline.PayloadAs<Payload>().Friday;
        var monday = SchoolWeek.MondayOf(friday);
        var placements = await RunningInWeek(db.Placements.AsNoTracking(), monday).Select(p => new { p.PlacementId, p.SchoolId }).ToListAsync(cancellationToken);
        var ids = placements.Select(p => p.PlacementId).ToList();
        var marks = (await db.Marks.Where(m => ids.Contains(m.PlacementId) && m.Date >= monday && m.Date <= monday.AddDays(6))
            .Select(m => new MarkFacts(m.PlacementId, m.Date, m.Status, m.Code)).ToListAsync(cancellationToken)).ToLookup(m => m.PlacementId);
        var open = (await db.AbsenceCases.Where(c => ids.Contains(c.PlacementId) && c.Status != CaseStatus.Closed).Select(c => c.SchoolId).ToListAsync(cancellationToken))
            .CountBy(school => school).ToDictionary();
        foreach (var school in placements.GroupBy(p => p.SchoolId))
        {
            var week = AttendanceSummary.Of(school.SelectMany(p => marks[p.PlacementId]));
            db.AddIntegrationEvent(new WeeklyAttendanceFigures(school.Key, monday, school.Count(), week.SessionsPossible, week.Attended, week.AuthorisedAbsence,
                week.UnauthorisedAbsence, week.Unexplained, week.AttendancePercent, open.GetValueOrDefault(school.Key), deadline.DueAt));
        }

        var rule = options.Value.FridayFigures();
        var next = rule.NextFriday(clock.NowInEngland());
        Plan(db, next, rule.DueOn(next));
    }
}
