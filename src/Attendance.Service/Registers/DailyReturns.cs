using APPlatform.Attendance.Apis.Requests;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Attendance.Apis;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>One mark of a daily return as accepted.</summary>
/// <param name="PlacementId">The placement the session belongs to.</param>
/// <param name="Session">AM or PM.</param>
/// <param name="Status">The mark now recorded.</param>
/// <param name="Version">The mark's version after this return.</param>
/// <param name="Code">
/// The register code the home school records for it (N for an absence until the school confirms its reason).
/// </param>
/// <param name="CaseId">The open absence follow-up case for the mark, if it is an absence; null otherwise.</param>
public sealed record AcceptedMark(Guid PlacementId, Session Session, MarkStatus Status, int Version, string Code, Guid? CaseId);

/// <summary>A provider's daily return as accepted: every mark recorded in one transaction.</summary>
/// <param name="Date">The day the marks are for (ISO date).</param>
/// <param name="Recorded">How many marks were new or changed.</param>
/// <param name="Unchanged">How many marks repeated what was already recorded.</param>
/// <param name="Marks">Each mark of the return.</param>
public sealed record ReturnAccepted(DateOnly Date, int Recorded, int Unchanged, List<AcceptedMark> Marks);

/// <summary>
/// Records a provider's marks for a day in one transaction, after checking every one: the placement is the provider's,
/// the date within the <see cref="CorrectionWindow"/>, each session one it expects and marked once (<see cref="ReturnedMarks"/>).
/// A new absence opens the school's follow-up case; a correction keeps the earlier version.
/// </summary>
public sealed class DailyReturns(AttendanceDbContext db, IAccessLog log, AbsenceFollowUp followUp, Thresholds thresholds, IOptions<AttendanceOptions> options, TimeProvider clock)
{
    public async Task<Results<Ok<ReturnAccepted>, ProblemHttpResult>> RecordAsync(DailyReturnRequest request, Caller provider, CancellationToken cancellationToken)
    {
        var date = request.Date!.Value;
        if (options.Value.CorrectionWindow().Check(date, clock.TodayInEngland()) is { } outside)
        {
            return Refuse("date", outside);
        }

        var ids = request.Marks.Select(m => m.PlacementId!.Value).Distinct().ToList();
        var placements = await db.Placements.AsNoTracking().Where(p => ids.Contains(p.PlacementId)).ToDictionaryAsync(p => p.PlacementId, cancellationToken);
        var notTheirs = ids.Where(id => !placements.TryGetValue(id, out var p) || p.ProviderId != provider.OrganisationId).ToList();
        if (notTheirs.Count > 0)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown placement",
                detail: $"No placement with this provider: {string.Join(", ", notTheirs)}. Nothing was recorded.");
        }

        var errors = ReturnedMarks.Problems(date, request.Marks.Select(m => (placements[m.PlacementId!.Value], m.Session!.Value)).ToList());
        if (errors.Count > 0)
        {
            return BreaksARule(errors, "Some marks cannot be accepted; nothing was recorded.");
        }

        var accepted = new List<AcceptedMark>();
        var unchanged = 0;
        await db.Database.InTransactionAsync(async () =>
        {
            var existing = await db.Marks.Where(m => ids.Contains(m.PlacementId) && m.Date == date).ToListAsync(cancellationToken);
            var cases = await db.AbsenceCases.Where(c => ids.Contains(c.PlacementId) && c.Date == date).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            // A day's first marks (most of a return), the access log's lines, and the cases their absences open with
            // their deadlines go in a statement a table; corrections of marks already held, and the events, through the
            // change tracker (which wakes the outbox once they commit).
            var added = new List<SessionMark>();
            var changed = new List<AccessedRecord>();
            foreach (var input in request.Marks)
            {
                var placement = placements[input.PlacementId!.Value];
                var mark = existing.SingleOrDefault(m => m.PlacementId == placement.PlacementId && m.Session == input.Session);
                if (mark is null)
                {
                    mark = SessionMark.For(placement, date, input.Session!.Value, now);
                    added.Add(mark);
                }

                var wasAbsence = mark.Version > 0 && mark.IsAbsence;
                if (!mark.Record(input.Status!.Value, input.MinutesLate, input.Reason, provider.ActingName, placement.AttendedCode, now))
                {
                    unchanged++;
                }
                else
                {
                    changed.Add(mark.Logged());
                }

                var open = cases.SingleOrDefault(c => c.MarkId == mark.Id && c.IsOpen);
                if (mark.IsAbsence && !wasAbsence)
                {
                    open = followUp.Open(mark, placement);
                }
                else if (!mark.IsAbsence && wasAbsence && open is not null)
                {
                    open.Withdraw(provider, now);
                    open = null;
                }

                accepted.Add(new AcceptedMark(mark.PlacementId, mark.Session, mark.Status, mark.Version, mark.Code, open?.Id));
            }

            // The marks are saved first (the cases refer to them) so the thresholds count them; all commit together
            // with their events. Once saved they need no tracking: clearing spares later saves comparing their JSON
            // columns again.
            await db.InsertAllAsync(added, cancellationToken);
            await db.InsertAddedAsync<AbsenceCase>(cancellationToken);
            await db.InsertAddedAsync<Deadline>(cancellationToken);
            await log.ChangedAsync(changed, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await thresholds.EvaluateAsync(placements.Values, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

        return TypedResults.Ok(new ReturnAccepted(date, accepted.Count - unchanged, unchanged, accepted));
    }

    private static ProblemHttpResult Refuse(string field, string message) => BreaksARule(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A 422 that names each field whose rule is broken, as a validation 400 names each malformed one.</summary>
    private static ProblemHttpResult BreaksARule(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status422UnprocessableEntity, Detail = detail });
}
