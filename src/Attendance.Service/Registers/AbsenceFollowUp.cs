using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// Opens the school's follow-up case the moment an absence is known, with the time by which the family must have been
/// contacted; if by then nobody has, says so (trust policy §10.6: every unauthorised absence followed up the same day).
/// </summary>
public sealed class AbsenceFollowUp(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock) : IDeadlineHandler
{
    public const string KindName = "absence-follow-up";

    public sealed record Payload(Guid CaseId);

    public string Kind => KindName;

    public AbsenceCase Open(SessionMark mark, Placement placement)
    {
        var now = clock.GetUtcNow();
        var sameDay = EnglandClock.InEngland(mark.Date, options.Value.FollowUpBy);
        var followUpBy = sameDay > now + options.Value.FollowUpWithin ? sameDay : now + options.Value.FollowUpWithin;
        var absence = new AbsenceCase
        {
            Id = Guid.CreateVersion7(now),
            MarkId = mark.Id,
            PlacementId = mark.PlacementId,
            PupilId = mark.PupilId,
            SchoolId = mark.SchoolId,
            LocalAuthorityId = placement.LocalAuthorityId,
            ProviderId = mark.ProviderId,
            Date = mark.Date,
            Session = mark.Session,
            OpenedAt = now,
            FollowUpBy = followUpBy,
        };
        db.AbsenceCases.Add(absence);
        db.AddDeadline(KindName, absence.Id.ToString(), followUpBy, new Payload(absence.Id));
        db.AddIntegrationEvent(new AbsenceReported(absence.Id, mark.PlacementId, mark.PupilId, mark.SchoolId, mark.ProviderId, placement.CommissionerId, mark.Date, mark.Session.ToString(),
            mark.Status == MarkStatus.Missing, now));
        return absence;
    }

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var absence = await db.AbsenceCases.FindAsync([deadline.PayloadAs<Payload>().CaseId], cancellationToken);
        if (absence is { Status: CaseStatus.Unexplained })
        {
            db.AddIntegrationEvent(new UnexplainedAbsenceNotFollowedUp(absence.Id, absence.PlacementId, absence.PupilId, absence.SchoolId, absence.Date,
                absence.Session.ToString(), deadline.DueAt));
        }
    }
}
