using APPlatform.Attendance.Apis.Responses;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Apis;

/// <summary>Everything Attendance.Service holds about one pupil, as stored (UK GDPR Art. 15).</summary>
/// <param name="PupilId">The pupil.</param>
/// <param name="Marks">The pupil's session marks, as stored.</param>
/// <param name="AbsenceCases">The follow-up cases of the pupil's absences.</param>
/// <param name="ExportedAt">When this export was made (ISO date-time with offset).</param>
public sealed record PupilAttendanceSubjectAccess(Guid PupilId, List<MarkView> Marks, List<CaseView> AbsenceCases, DateTimeOffset ExportedAt);

/// <summary>
/// The pupil's register and absence follow-up, for the school that holds the pupil; Referral.Service has the rest of
/// the pupil's record. A pupil the caller does not hold answers 404.
/// </summary>
public static class SubjectAccessApi
{
    public static RouteHandlerBuilder MapSubjectAccessApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/attendance/pupils/{pupilId:guid}/subject-access", ExportPupilAttendance).WithTags("Pupils")
            .WithName(nameof(ExportPupilAttendance))
            .WithSummary("Every session mark and absence case held about one of the school's pupils")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.PlatformAdmin);

    public static async Task<Results<Ok<PupilAttendanceSubjectAccess>, NotFound>> ExportPupilAttendance(
        Guid pupilId, Caller caller, AttendanceDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var admin = caller.OrganisationType == OrganisationType.PlatformAdmin;
        var marks = await db.Marks.AsNoTracking().Where(m => m.PupilId == pupilId && (admin || m.SchoolId == caller.OrganisationId))
            .OrderBy(m => m.Date).ThenBy(m => m.Session).ToListAsync(cancellationToken);
        var cases = await db.AbsenceCases.AsNoTracking().Where(c => c.PupilId == pupilId && (admin || c.SchoolId == caller.OrganisationId))
            .ToListAsync(cancellationToken);
        if (marks.Count == 0 && cases.Count == 0)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(marks.Select(m => m.Logged()).Concat(cases.Select(c => c.Logged())), cancellationToken);
        return TypedResults.Ok(new PupilAttendanceSubjectAccess(pupilId, marks.Select(MarkView.Of).ToList(), cases.Select(c => CaseView.Of(c, caller)).ToList(), clock.GetUtcNow()));
    }
}
