using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Summaries;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Apis;

/// <summary>Attendance over a period for one pupil, placement, provider or school.</summary>
/// <param name="Level">What is summarised: pupil, placement, provider or school.</param>
/// <param name="Id">The pupil, placement, provider or school summarised.</param>
/// <param name="From">The first day counted (ISO date); null for no lower bound.</param>
/// <param name="To">The last day counted (ISO date); null for no upper bound.</param>
/// <param name="Summary">The attendance over the period.</param>
public sealed record SummaryView(string Level, Guid Id, DateOnly? From, DateOnly? To, AttendanceSummary Summary);

/// <summary>One placement's week.</summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="PupilId">The pupil.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="Summary">The placement's attendance that week.</param>
/// <param name="OpenCases">How many of the placement's absence cases are not closed.</param>
public sealed record WeeklyRow(Guid PlacementId, Guid PupilId, Guid ProviderId, AttendanceSummary Summary, int OpenCases);

/// <summary>The AP lead's weekly view of a school's placements.</summary>
/// <param name="SchoolId">The school.</param>
/// <param name="WeekStarting">The Monday the week starts (ISO date).</param>
/// <param name="Total">Attendance across all the placements that week.</param>
/// <param name="Placements">Each placement running that week.</param>
public sealed record WeeklySummary(Guid SchoolId, DateOnly WeekStarting, AttendanceSummary Total, List<WeeklyRow> Placements);

/// <summary>Attendance summaries per pupil, placement, provider and school; the AP lead's weekly view; the MIS export.</summary>
public static class SummariesApi
{
    public static RouteGroupBuilder MapSummariesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance").WithTags("Summaries");
        api.MapGet("/summaries/{level}/{id:guid}", GetSummary).WithName(nameof(GetSummary))
            .WithSummary("Sessions possible, attended, authorised and unauthorised absence, %, persistent and severe, for a pupil, placement, provider or school (over what the caller may see)");
        api.MapGet("/schools/{schoolId:guid}/weekly", GetWeekly).WithName(nameof(GetWeekly)).WithSummary("A school's week across its AP placements");
        api.MapGet("/schools/{schoolId:guid}/register.csv", ExportRegister).WithName(nameof(ExportRegister)).Produces<string>(contentType: "text/csv")
            .WithSummary("A week of register codes as CSV for the school's MIS: UPN, date, session, code");
        return api;
    }

    public static async Task<Results<Ok<SummaryView>, NotFound, ValidationProblem>> GetSummary(
        string level, Guid id, Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken,
        DateOnly? from = null, DateOnly? to = null)
    {
        if (Period.Problem(from, to) is { } backwards)
        {
            return backwards;
        }

        var placements = db.Placements.VisibleTo(caller);
        placements = level switch
        {
            "pupils" => placements.Where(p => p.PupilId == id),
            "placements" => placements.Where(p => p.PlacementId == id),
            "providers" => placements.Where(p => p.ProviderId == id),
            "schools" => placements.Where(p => p.SchoolId == id),
            _ => placements.Where(_ => false),
        };
        if (level is not ("pupils" or "placements" or "providers" or "schools"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["level"] = ["Summaries are for pupils, placements, providers or schools."] });
        }

        var found = await placements.ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return TypedResults.NotFound();
        }

        // A summary over few placements says much about each pupil in it, so each is logged whatever the level.
        await log.ReadAsync(found.Select(p => p.LoggedMarks()), cancellationToken);
        var ids = found.Select(p => p.PlacementId).ToList();
        var marks = await Facts(db, ids, from, to).ToListAsync(cancellationToken);
        return TypedResults.Ok(new SummaryView(level.TrimEnd('s'), id, from, to, AttendanceSummary.Of(marks)));
    }

    public static async Task<Results<Ok<WeeklySummary>, NotFound>> GetWeekly(
        Guid schoolId, Caller caller, AttendanceDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken, DateOnly? weekStarting = null)
    {
        if (!MayReadSchool(caller, schoolId))
        {
            return TypedResults.NotFound();
        }

        var monday = SchoolWeek.MondayOf(weekStarting ?? clock.TodayInEngland());
        var placements = await WeeklyFigures.RunningInWeek(db.Placements.Where(p => p.SchoolId == schoolId), monday).ToListAsync(cancellationToken);
        await log.ReadAsync(placements.Select(p => p.LoggedMarks()), cancellationToken);
        var ids = placements.Select(p => p.PlacementId).ToList();
        var marks = (await Facts(db, ids, monday, monday.AddDays(6)).ToListAsync(cancellationToken)).ToLookup(m => m.PlacementId);
        var open = (await db.AbsenceCases.Where(c => ids.Contains(c.PlacementId) && c.Status != CaseStatus.Closed).Select(c => c.PlacementId).ToListAsync(cancellationToken))
            .CountBy(id => id).ToDictionary();
        var rows = placements.Select(p => new WeeklyRow(p.PlacementId, p.PupilId, p.ProviderId, AttendanceSummary.Of(marks[p.PlacementId]), open.GetValueOrDefault(p.PlacementId)))
            .OrderBy(r => r.Summary.AttendancePercent).ToList();
        return TypedResults.Ok(new WeeklySummary(schoolId, monday, AttendanceSummary.Of(marks.SelectMany(g => g)), rows));
    }

    public static async Task<Results<ContentHttpResult, NotFound>> ExportRegister(
        Guid schoolId, Caller caller, AttendanceDbContext db, PupilNumbers pupils, IAccessLog log, HttpRequest request, TimeProvider clock,
        CancellationToken cancellationToken, DateOnly? weekStarting = null)
    {
        if (caller.OrganisationType != OrganisationType.School || caller.OrganisationId != schoolId)
        {
            return TypedResults.NotFound();
        }

        var monday = SchoolWeek.MondayOf(weekStarting ?? clock.TodayInEngland());
        var marks = await db.Marks.Where(m => m.SchoolId == schoolId && m.Date >= monday && m.Date <= monday.AddDays(6)).ToListAsync(cancellationToken);
        await log.ReadAsync(marks.LoggedByPlacement(), cancellationToken);
        var upns = await pupils.ForAsync(marks.Select(m => m.PupilId).Distinct().ToList(), request.Headers.Authorization, cancellationToken);
        return TypedResults.Content(RegisterExport.ToCsv(marks, upns), "text/csv; charset=utf-8");
    }

    private static IQueryable<MarkFacts> Facts(AttendanceDbContext db, List<Guid> placementIds, DateOnly? from, DateOnly? to) =>
        db.Marks.Where(m => placementIds.Contains(m.PlacementId) && (from == null || m.Date >= from) && (to == null || m.Date <= to))
            .Select(m => new MarkFacts(m.PlacementId, m.Date, m.Status, m.Code));

    private static bool MayReadSchool(Caller caller, Guid schoolId) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin || (caller.OrganisationType == OrganisationType.School && caller.OrganisationId == schoolId);
}
