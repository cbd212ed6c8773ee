using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>A suspension of more than five school days, and whether the pupil has education from its sixth day.</summary>
/// <param name="SuspensionId">The suspension.</param>
/// <param name="PupilId">The pupil suspended.</param>
/// <param name="PupilName">The pupil's name.</param>
/// <param name="SchoolId">The school that suspended the pupil.</param>
/// <param name="FirstDay">The suspension's first school day (ISO date).</param>
/// <param name="SchoolDays">How many school days it lasts.</param>
/// <param name="DaySix">The day from which the school must provide full-time education (ISO date).</param>
/// <param name="Provided">Whether a placement covers day six.</param>
public sealed record DaySixCase(
    Guid SuspensionId, Guid PupilId, string PupilName, Guid SchoolId, DateOnly FirstDay, int SchoolDays, DateOnly DaySix, bool Provided);

/// <summary>GET /api/referrals/suspensions/day-six: the day-six cases a school or its local authority watches.</summary>
public static class DaySixCasesApi
{
    /// <summary>How far back a day six stays on the list: long enough to see a missed one put right.</summary>
    public const int DaysShownAfterDaySix = 28;

    public static RouteGroupBuilder MapDaySixCasesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/suspensions").WithTags("Suspensions");
        api.MapGet("/day-six", ListDaySixCases).WithName(nameof(ListDaySixCases))
            .WithSummary($"Suspensions whose day six is ahead or passed within {DaysShownAfterDaySix} days, soonest first, each with whether it is provided for")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        return api;
    }

    public static async Task<Ok<List<DaySixCase>>> ListDaySixCases(
        Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var since = clock.TodayInEngland().AddDays(-DaysShownAfterDaySix);
        var suspensions = await db.Suspensions.VisibleTo(caller).Where(s => s.DaySix >= since).OrderBy(s => s.DaySix)
            .Join(db.Pupils, s => s.PupilId, pupil => pupil.Id, (s, pupil) => new { s, Name = pupil.FirstName + " " + pupil.LastName })
            .ToListAsync(cancellationToken);
        // One read of these pupils' placements; the day-six rule is then applied to each suspension in memory.
        var pupils = suspensions.Select(x => x.s.PupilId).Distinct().ToList();
        var placements = (await db.Placements.AsNoTracking().Where(p => pupils.Contains(p.PupilId)).ToListAsync(cancellationToken)).AsQueryable();
        var cases = suspensions.Select(x => new DaySixCase(x.s.Id, x.s.PupilId, x.Name, x.s.SchoolId, x.s.FirstDay, x.s.SchoolDays, x.s.DaySix!.Value,
            placements.Any(DaySixProvision.Covers(x.s.PupilId, x.s.DaySix.Value)))).ToList();

        await log.ReadAsync(suspensions.Select(x => x.s.Logged()), cancellationToken);
        return TypedResults.Ok(cases);
    }
}
