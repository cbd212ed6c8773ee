using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// Each midnight in England, when a school day's time for replacing N marks ends (<see cref="UnexplainedMarkReplacement"/>),
/// decides every absence whose time is up and that has not been decided: one still coded N is announced, one replaced
/// is left alone. An absence recorded after its time was up is decided at the next midnight. One check a day, not a
/// deadline an absence: a return of absences writes nothing for it. A deadline in the database like any other, so one
/// replica runs it and a failed run is retried.
/// </summary>
public sealed class UnexplainedMarks(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock) : IRecurringDeadline
{
    public const string KindName = "unexplained-marks-check";

    public string Kind => KindName;

    public void PlanFirst() => PlanAfter(clock.TodayInEngland());

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var rule = options.Value.UnexplainedMarkReplacement();
        var now = clock.GetUtcNow();
        var latest = rule.LatestDueBy(now);
        var due = await db.AbsenceCases.Where(c => c.UnexplainedMarkCheckedAt == null && c.Date <= latest).ToListAsync(cancellationToken);
        var markIds = due.Select(c => c.MarkId).Distinct().ToList();
        var marks = await db.Marks.AsNoTracking().Where(m => markIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        // A mark corrected to attended and reported absent again has a newer case, which speaks for it.
        foreach (var absence in due.GroupBy(c => c.MarkId).Select(cases => cases.MaxBy(c => c.OpenedAt)!))
        {
            if (UnexplainedMarkReplacement.IsMissed(marks[absence.MarkId]))
            {
                db.AddIntegrationEvent(new UnexplainedMarkNotReplaced(absence.Id, absence.PlacementId, absence.PupilId, absence.SchoolId, absence.Date,
                    absence.Session.ToString(), rule.SchoolDays, rule.DueFor(absence.Date)));
            }
        }

        due.ForEach(absence => absence.UnexplainedMarkCheckedAt = now);
        PlanAfter(clock.TodayInEngland());
    }

    /// <summary>The check at the midnight that ends <paramref name="day"/>; the subject is the day, so it never clashes with the one running now.</summary>
    private void PlanAfter(DateOnly day) =>
        db.AddDeadline(KindName, day.ToString("yyyy-MM-dd"), EnglandClock.InEngland(day.AddDays(1), TimeOnly.MinValue), new { });
}
