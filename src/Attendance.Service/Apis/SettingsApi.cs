using System.ComponentModel.DataAnnotations;
using APPlatform.Attendance.Apis.Responses;
using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Attendance.Apis;

/// <summary>When a provider's registers are due each school day.</summary>
/// <param name="Morning">
/// The AM register's cut-off, local time (HH:mm:ss); a session unmarked by then becomes missing.
/// </param>
/// <param name="Afternoon">The PM register's cut-off, local time (HH:mm:ss), after the morning's.</param>
public sealed record CutoffRequest([property: Required] TimeOnly? Morning, [property: Required] TimeOnly? Afternoon);

/// <summary>The school's attendance target for its pupils in alternative provision.</summary>
/// <param name="Percent">
/// Sessions attended as a percentage of possible sessions, 50 to 100; a placement below it is announced.
/// </param>
// Decimal bounds: int ones would round 49.9 up to 50 and 100.1 down to 100, and let both through.
public sealed record TargetRequest([property: Required, Range(typeof(decimal), "50", "100")] decimal? Percent);

/// <summary>A provider's register cut-offs and a school's attendance target.</summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/attendance").WithTags("Settings");
        api.MapPut("/providers/{providerId:guid}/cut-offs", SetCutoffs).WithName(nameof(SetCutoffs))
            .WithSummary("When a provider's AM and PM registers are due; unmarked sessions become missing then")
            .RequireOrganisationType(OrganisationType.Provider, OrganisationType.PlatformAdmin);
        api.MapPut("/schools/{schoolId:guid}/target", SetTarget).WithName(nameof(SetTarget))
            .WithSummary("The school's attendance target; placements below it are announced").RequireOrganisationType(OrganisationType.School);
        return api;
    }

    public static async Task<Results<Ok<CutoffsView>, NotFound, ValidationProblem>> SetCutoffs(
        Guid providerId, CutoffRequest request, Caller caller, AttendanceDbContext db, CancellationToken cancellationToken)
    {
        if (caller.OrganisationType == OrganisationType.Provider && caller.OrganisationId != providerId)
        {
            return TypedResults.NotFound();
        }

        var asked = new RegisterCutoffs(request.Morning!.Value, request.Afternoon!.Value);
        if (asked.Check() is { } outOfOrder)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["afternoon"] = [outOfOrder] });
        }

        var cutoff = await db.ProviderCutoffs.FindAsync([providerId], cancellationToken);
        if (cutoff is null)
        {
            cutoff = new ProviderCutoff { ProviderId = providerId };
            db.ProviderCutoffs.Add(cutoff);
        }

        (cutoff.Morning, cutoff.Afternoon) = (asked.Morning, asked.Afternoon);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CutoffsView.Of(cutoff));
    }

    public static async Task<Results<Ok<TargetView>, NotFound>> SetTarget(
        Guid schoolId, TargetRequest request, Caller caller, AttendanceDbContext db, CancellationToken cancellationToken)
    {
        if (caller.OrganisationId != schoolId)
        {
            return TypedResults.NotFound();
        }

        var target = await db.SchoolTargets.FindAsync([schoolId], cancellationToken);
        if (target is null)
        {
            target = new SchoolTarget { SchoolId = schoolId };
            db.SchoolTargets.Add(target);
        }

        target.Percent = request.Percent!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TargetView.Of(target));
    }
}
