using APPlatform.Attendance.Apis.Requests;
using APPlatform.Attendance.Apis.Responses;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Registers;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Apis;

/// <summary>The school's follow-up of each absence: contact, the confirmed reason and its code, escalation, closing.</summary>
public static class CasesApi
{
    /// <summary>The school's people who follow absences up.</summary>
    private static readonly string[] FollowingUp = [PersonRoles.AttendanceLead, PersonRoles.ApLead, PersonRoles.DesignatedSafeguardingLead, PersonRoles.Headteacher];

    public static RouteGroupBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance/cases").WithTags("Absence follow-up");
        api.MapGet("/", ListCases).WithName(nameof(ListCases)).WithSummary("The school's absence cases (by status and date); for an LA, those escalated to it");
        api.MapGet("/{id:guid}", GetCase).WithName(nameof(GetCase));
        api.MapPost("/{id:guid}/actions", RecordAction).WithName(nameof(RecordAction)).WithSummary("Record a call, message, home visit or note")
            .RequirePersonRole(FollowingUp);
        api.MapPost("/{id:guid}/explain", Explain).WithName(nameof(Explain)).WithSummary("Confirm the reason with its DfE code; the mark takes the code")
            .RequirePersonRole(FollowingUp);
        api.MapPost("/{id:guid}/escalate", Escalate).WithName(nameof(Escalate)).WithSummary("Escalate to the DSL or the local authority")
            .RequirePersonRole(FollowingUp);
        api.MapPost("/{id:guid}/close", Close).WithName(nameof(Close)).RequirePersonRole(FollowingUp);
        return api;
    }

    public static async Task<Results<Ok<List<CaseView>>, ValidationProblem>> ListCases(
        Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken, string? status = null, DateOnly? date = null)
    {
        var cases = caller.OrganisationType switch
        {
            OrganisationType.PlatformAdmin => db.AbsenceCases,
            OrganisationType.School => db.AbsenceCases.Where(c => c.SchoolId == caller.OrganisationId),
            OrganisationType.LocalAuthority => db.AbsenceCases.Where(c => c.LocalAuthorityId == caller.OrganisationId && c.EscalatedTo == EscalatedTo.LocalAuthority),
            _ => db.AbsenceCases.Where(_ => false),
        };
        if (status is not null)
        {
            if (!EnumNames.TryParse<CaseStatus>(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [EnumNames.NotOneOf<CaseStatus>(status)] });
            }

            cases = cases.Where(c => c.Status == wanted);
        }

        if (date is not null)
        {
            cases = cases.Where(c => c.Date == date);
        }

        var found = await cases.OrderByDescending(c => c.Date).ThenBy(c => c.Session).Take(500).ToListAsync(cancellationToken);
        await log.ReadAsync(found.Select(c => c.Logged()), cancellationToken);
        return TypedResults.Ok(found.Select(c => CaseView.Of(c, caller)).ToList());
    }

    public static async Task<Results<Ok<CaseView>, NotFound>> GetCase(
        Guid id, Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var absence = await db.AbsenceCases.FindAsync([id], cancellationToken);
        if (absence is null || !caller.MaySee(absence))
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(absence.Logged(), cancellationToken);
        return TypedResults.Ok(CaseView.Of(absence, caller));
    }

    public static Task<Results<Ok<CaseView>, NotFound>> RecordAction(
        Guid id, CaseActionRequest request, Caller caller, AttendanceDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        FollowUpAsync(id, caller, db, log, cancellationToken, absence =>
        {
            absence.Act(request.Kind!.Value, request.Note, caller, clock.GetUtcNow());
            return Task.CompletedTask;
        });

    /// <summary>The confirmed code goes on the mark and may cross a threshold (e.g. days of illness).</summary>
    public static Task<Results<Ok<CaseView>, NotFound>> Explain(
        Guid id, ExplainRequest request, Caller caller, AttendanceDbContext db, IAccessLog log, Thresholds thresholds, TimeProvider clock, CancellationToken cancellationToken) =>
        FollowUpAsync(id, caller, db, log, cancellationToken, async absence =>
        {
            absence.Explain(request.Code, request.Explanation, caller, clock.GetUtcNow());
            var mark = (await db.Marks.FindAsync([absence.MarkId], cancellationToken))!;
            mark.Code = absence.Code!;
            await db.SaveChangesAsync(cancellationToken);
            await thresholds.EvaluateAsync([absence.PlacementId], cancellationToken);
        });

    public static Task<Results<Ok<CaseView>, NotFound>> Escalate(
        Guid id, EscalateRequest request, Caller caller, AttendanceDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        FollowUpAsync(id, caller, db, log, cancellationToken, absence =>
        {
            var now = clock.GetUtcNow();
            absence.Escalate(request.To!.Value, request.Note, caller, now);
            db.AddIntegrationEvent(new AbsenceEscalated(absence.Id, absence.PlacementId, absence.PupilId, absence.SchoolId, absence.LocalAuthorityId,
                EnumNames.Name(request.To.Value), now));
            return Task.CompletedTask;
        });

    public static Task<Results<Ok<CaseView>, NotFound>> Close(
        Guid id, CloseRequest request, Caller caller, AttendanceDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        FollowUpAsync(id, caller, db, log, cancellationToken, absence =>
        {
            absence.Close(request.Note, caller, clock.GetUtcNow());
            return Task.CompletedTask;
        });

    /// <summary>Changes a case the caller follows up, in one transaction with whatever it causes.</summary>
    private static async Task<Results<Ok<CaseView>, NotFound>> FollowUpAsync(
        Guid id, Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken, Func<AbsenceCase, Task> change)
    {
        var absence = await db.AbsenceCases.FindAsync([id], cancellationToken);
        if (absence is null || !caller.MayFollowUp(absence))
        {
            return TypedResults.NotFound();
        }

        await db.Database.InTransactionAsync(async () =>
        {
            log.Change(absence.Logged());
            await change(absence);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return TypedResults.Ok(CaseView.Of(absence, caller));
    }
}
