using APPlatform.Attendance.Apis.Requests;
using APPlatform.Attendance.Apis.Responses;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Registers;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Apis;

/// <summary>Providers' daily returns and single marks (an Idempotency-Key makes a retry safe), and the marks as recorded.</summary>
public static class ReturnsApi
{
    /// <summary>The provider's people who take registers.</summary>
    private static readonly string[] RegisterTakers = [PersonRoles.RegisterStaff, PersonRoles.Manager];

    public static RouteGroupBuilder MapReturnsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance").WithTags("Registers");
        // A return naming a placement the provider lacks is a 404 though the route has no id: declared here.
        api.MapPost("/returns", PostReturn).WithName(nameof(PostReturn)).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A provider's register for a day: its pupils' AM and PM marks, recorded all or none")
            .RequireOrganisationType(OrganisationType.Provider).RequirePersonRole(RegisterTakers).WithIdempotencyKey(required: true);
        api.MapPost("/marks", PostMark).WithName(nameof(PostMark)).ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A single mark, or a correction of one")
            .RequireOrganisationType(OrganisationType.Provider).RequirePersonRole(RegisterTakers).WithIdempotencyKey(required: true);
        api.MapGet("/placements/{placementId:guid}/marks", ListMarks).WithName(nameof(ListMarks))
            .WithSummary("A placement's marks between two dates, with every version");
        api.MapGet("/placements", ListPlacements).WithName(nameof(ListPlacements))
            .WithSummary("The placements the caller may see: for a provider, the pupils it registers");
        return api;
    }

    public static Task<Results<Ok<ReturnAccepted>, ProblemHttpResult>> PostReturn(DailyReturnRequest request, Caller caller, DailyReturns returns, CancellationToken cancellationToken) =>
        returns.RecordAsync(request, caller, cancellationToken);

    public static Task<Results<Ok<ReturnAccepted>, ProblemHttpResult>> PostMark(SingleMarkRequest request, Caller caller, DailyReturns returns, CancellationToken cancellationToken) =>
        returns.RecordAsync(request.AsReturn(), caller, cancellationToken);

    public static async Task<Results<Ok<List<MarkView>>, NotFound, ValidationProblem>> ListMarks(
        Guid placementId, Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null)
    {
        if (Period.Problem(from, to) is { } backwards)
        {
            return backwards;
        }

        var placement = await db.Placements.FindAsync([placementId], cancellationToken);
        if (placement is null || !caller.MaySee(placement))
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(placement.LoggedMarks(), cancellationToken);
        var marks = await db.Marks.Where(m => m.PlacementId == placementId && (from == null || m.Date >= from) && (to == null || m.Date <= to))
            .OrderBy(m => m.Date).ThenBy(m => m.Session).ToListAsync(cancellationToken);
        return TypedResults.Ok(marks.Select(MarkView.Of).ToList());
    }

    public static async Task<Ok<List<PlacementView>>> ListPlacements(Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var placements = await db.Placements.VisibleTo(caller).Where(p => !p.HasEnded).OrderBy(p => p.StartDate).Take(1000).ToListAsync(cancellationToken);
        await log.ReadAsync(placements.Select(p => p.Logged()), cancellationToken);
        return TypedResults.Ok(placements.Select(PlacementView.Of).ToList());
    }
}
