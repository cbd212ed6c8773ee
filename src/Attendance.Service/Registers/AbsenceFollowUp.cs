using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// Opens the school's follow-up case the moment an absence is known, with the time <see cref="SameDayFollowUp"/> gives
/// for contacting the family, and a deadline then; if by then nobody has, says so. Whether the mark's N is replaced in
/// time is <see cref="UnexplainedMarks"/>' daily check.
/// </summary>
public sealed class AbsenceFollowUp(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock) : IDeadlineHandler
{
    public const string KindName = "absence-follow-up";

    public sealed record Payload(Guid CaseId);

    public string Kind => KindName;

    public AbsenceCase Open(SessionMark mark, Placement placement)
    {
        var now = clock.GetUtcNow();
        var followUpBy = options.Value.SameDayFollowUp().DueFor(mark.Date, now);
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
        if (absence is not null && SameDayFollowUp.IsMissed(absence))
        {
            db.AddIntegrationEvent(new UnexplainedAbsenceNotFollowedUp(absence.Id, absence.PlacementId, absence.PupilId, absence.SchoolId, absence.Date,
                absence.Session.ToString(), deadline.DueAt));
        }
    }
}
