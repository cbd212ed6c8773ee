using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// Gives each absence, with its case, a deadline at the end of the school days <see cref="UnexplainedMarkReplacement"/>
/// allows for replacing its N; if the mark is still N then, says so. A mark replaced by then is left alone.
/// </summary>
public sealed class UnexplainedMarks(AttendanceDbContext db) : IDeadlineHandler
{
    public const string KindName = "unexplained-mark";

    public sealed record Payload(Guid CaseId, int SchoolDays);

    public string Kind => KindName;

    public static void Schedule(AttendanceDbContext db, AbsenceCase absence, UnexplainedMarkReplacement rule) =>
        db.AddDeadline(KindName, absence.Id.ToString(), rule.DueFor(absence.Date), new Payload(absence.Id, rule.SchoolDays));

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var payload = deadline.PayloadAs<Payload>();
        var absence = await db.AbsenceCases.FindAsync([payload.CaseId], cancellationToken);
        var mark = absence is null ? null : await db.Marks.FindAsync([absence.MarkId], cancellationToken);
        // A mark corrected to attended and reported absent again has a newer case, whose own deadline speaks for it.
        if (mark is null || !UnexplainedMarkReplacement.IsMissed(mark) ||
            await db.AbsenceCases.AnyAsync(c => c.MarkId == mark.Id && c.OpenedAt > absence!.OpenedAt, cancellationToken))
        {
            return;
        }

        db.AddIntegrationEvent(new UnexplainedMarkNotReplaced(absence!.Id, absence.PlacementId, absence.PupilId, absence.SchoolId, absence.Date,
            absence.Session.ToString(), payload.SchoolDays, deadline.DueAt));
    }
}
