using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.AccessLog;

/// <summary>
/// The access log for a school's data protection officer: who read or changed its pupils' records, newest first. A
/// school sees only its own pupils' entries; a platform admin any school's, with a reason; no one else.
/// </summary>
public static class AccessLogApi
{
    public const int MaxPageSize = 100;

    public static RouteHandlerBuilder MapAccessLogApi<TContext>(this IEndpointRouteBuilder app, string pattern)
        where TContext : DbContext =>
        app.MapGet(pattern, ReadAccessLog<TContext>).WithTags("Access log").WithName("ReadAccessLog")
            .WithSummary("Who read or changed the school's pupils' records, and when (for its data protection officer)")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.PlatformAdmin);

    public static async Task<Results<Ok<Page<AccessLogLine>>, ValidationProblem>> ReadAccessLog<TContext>(
        Caller caller, HttpContext http, TContext db, CancellationToken cancellationToken,
        Guid? schoolId = null, Guid? pupilId = null, DateTimeOffset? from = null, DateTimeOffset? to = null, int page = 1, int pageSize = 20)
        where TContext : DbContext
    {
        AccessReason.Of(http, caller);
        var errors = new Dictionary<string, string[]>();
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"page is 1 or more; pageSize is between 1 and {MaxPageSize}."];
        }

        if (Period.IsBackwards(from, to))
        {
            errors["from"] = ["from is before to."];
        }

        if (caller.OrganisationType == OrganisationType.School && schoolId is { } named && named != caller.OrganisationId)
        {
            errors["schoolId"] = ["A school reads its own pupils' log only."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var entries = db.Set<AccessLogEntry>().AsNoTracking();
        if ((caller.OrganisationType == OrganisationType.School ? caller.OrganisationId : schoolId) is { } school)
        {
            entries = entries.Where(e => e.SchoolId == school);
        }

        if (pupilId is not null)
        {
            entries = entries.Where(e => e.PupilId == pupilId);
        }

        // PostgreSQL keeps instants in UTC, and Npgsql writes only UTC ones.
        if (from?.ToUniversalTime() is { } since)
        {
            entries = entries.Where(e => e.At >= since);
        }

        if (to?.ToUniversalTime() is { } before)
        {
            entries = entries.Where(e => e.At < before);
        }

        return TypedResults.Ok(await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AccessLogLine(e.Id, e.At, e.OrganisationId, e.OrganisationType, e.ClientId, e.Person, e.PersonName, e.Action,
                e.RecordKind, e.RecordId, e.PupilId, e.SchoolId, e.RouteName, e.Reason))
            .ToPageAsync(page, pageSize, cancellationToken));
    }
}
