using APPlatform.Attendance.Apis.Requests;
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

/// <summary>A session's mark as the school or provider reads it.</summary>
/// <param name="PlacementId">The placement the session belongs to.</param>
/// <param name="PupilId">The pupil.</param>
/// <param name="Date">The school day (ISO date).</param>
/// <param name="Session">AM or PM.</param>
/// <param name="Status">The latest mark.</param>
/// <param name="MinutesLate">For a late mark, how many minutes after the start.</param>
/// <param name="Reason">The provider's account of an absence.</param>
/// <param name="Code">
/// The register code the home school records: B, K or D when attended; N for an absence until the school confirms its
/// reason.
/// </param>
/// <param name="Version">The latest version number; each correction adds one.</param>
/// <param name="RecordedBy">
/// The client id of the provider's system that recorded it, or "register cut-off" for a mark made missing at the
/// cut-off.
/// </param>
/// <param name="RecordedAt">When the latest version was recorded (ISO date-time with offset).</param>
/// <param name="History">Every version, oldest first.</param>
public sealed record MarkView(Guid PlacementId, Guid PupilId, DateOnly Date, Session Session, MarkStatus Status, int? MinutesLate, string? Reason, string Code,
    int Version, string RecordedBy, DateTimeOffset RecordedAt, List<MarkVersion> History)
{
    public static MarkView From(SessionMark m) => new(m.PlacementId, m.PupilId, m.Date, m.Session, m.Status, m.MinutesLate, m.Reason, m.Code, m.Version,
        m.RecordedBy, m.RecordedAt, m.History);
}

/// <summary>Providers' daily returns and single marks (an Idempotency-Key makes a retry safe), and the marks as recorded.</summary>
public static class ReturnsApi
{
    /// <summary>The provider's people who take registers.</summary>
    private static readonly string[] RegisterTakers = [PersonRoles.RegisterStaff, PersonRoles.Manager];

    public static RouteGroupBuilder MapReturnsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance").WithTags("Registers");
        api.MapPost("/returns", PostReturn).WithName(nameof(PostReturn)).Produces<ReturnAccepted>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A provider's register for a day: its pupils' AM and PM marks, recorded all or none")
            .RequireOrganisationType(OrganisationType.Provider).RequirePersonRole(RegisterTakers).WithIdempotencyKey(required: true);
        api.MapPost("/marks", PostMark).WithName(nameof(PostMark)).Produces<ReturnAccepted>().ProducesProblem(StatusCodes.Status404NotFound).WithSummary("A single mark, or a correction of one")
            .RequireOrganisationType(OrganisationType.Provider).RequirePersonRole(RegisterTakers).WithIdempotencyKey(required: true);
        api.MapGet("/placements/{placementId:guid}/marks", ListMarks).WithName(nameof(ListMarks))
            .WithSummary("A placement's marks between two dates, with every version");
        api.MapGet("/placements", ListPlacements).WithName(nameof(ListPlacements))
            .WithSummary("The placements the caller may see: for a provider, the pupils it registers");
        return api;
    }

    public static Task<IResult> PostReturn(DailyReturnRequest request, Caller caller, DailyReturns returns, CancellationToken cancellationToken) =>
        returns.RecordAsync(request, caller, cancellationToken);

    public static Task<IResult> PostMark(SingleMarkRequest request, Caller caller, DailyReturns returns, CancellationToken cancellationToken) =>
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
        return TypedResults.Ok(marks.Select(MarkView.From).ToList());
    }

    public static async Task<Ok<List<Placement>>> ListPlacements(Caller caller, AttendanceDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var placements = await db.Placements.VisibleTo(caller).Where(p => !p.HasEnded).OrderBy(p => p.StartDate).Take(1000).ToListAsync(cancellationToken);
        await log.ReadAsync(placements.Select(p => p.Logged()), cancellationToken);
        return TypedResults.Ok(placements);
    }
}
