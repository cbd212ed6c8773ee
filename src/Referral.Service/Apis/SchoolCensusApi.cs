using APPlatform.Referrals.Census;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Census;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>The school census's AP placements module, for a school's MIS (a trust gets its schools').</summary>
public static class SchoolCensusApi
{
    public static IEndpointRouteBuilder MapSchoolCensusApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/placements/census", ExportSchoolCensus).WithTags("Placements").WithName(nameof(ExportSchoolCensus))
            .WithSummary("The caller's pupils' AP placements for a census day, as the school census's AP placements module asks (CSV)")
            .Produces<string>(contentType: "text/csv").RequireOrganisationType(OrganisationType.School, OrganisationType.Trust);
        return app;
    }

    /// <summary>
    /// Placements that ran on the census day (today unless given), or from <paramref name="collectionFrom"/> (the day
    /// after the previous census day) to it; one row each (<see cref="ApPlacementCensus"/>).
    /// </summary>
    public static async Task<ContentHttpResult> ExportSchoolCensus(
        Caller caller, ReferralDbContext db, IAccessLog log, FullTimeEducation fullTime, TimeProvider clock, CancellationToken cancellationToken,
        DateOnly? censusDate = null, DateOnly? collectionFrom = null)
    {
        var day = censusDate ?? clock.TodayInEngland();
        var placements = (await db.Placements.Where(p => caller.OrganisationType == OrganisationType.School
                    ? p.SchoolId == caller.OrganisationId
                    : p.TrustId == caller.OrganisationId)
                .Where(p => p.Status != PlacementStatus.Planned && p.StartDate <= day)
                .ToListAsync(cancellationToken))
            .Where(p => ApPlacementCensus.Includes(p, day, collectionFrom)).ToList();
        await log.ReadAsync(placements.Select(p => p.Logged()), cancellationToken);
        var pupilIds = placements.Select(p => p.PupilId).Distinct().ToList();
        var pupils = await db.Pupils.Where(p => pupilIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var referralIds = placements.Select(p => p.ReferralId).ToList();
        var reasons = await db.Referrals.Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reasons, cancellationToken);
        var providerIds = placements.Select(p => p.ProviderId).Distinct().ToList();
        var providers = await db.Providers.Where(p => providerIds.Contains(p.ProviderId)).ToDictionaryAsync(p => p.ProviderId, cancellationToken);
        var rows = placements.Select(p => ApPlacementCensus.Row(
            p, pupils[p.PupilId], reasons.GetValueOrDefault(p.ReferralId) ?? [], providers.GetValueOrDefault(p.ProviderId), day, fullTime));
        return TypedResults.Content(SchoolCensusExport.ToCsv(rows), "text/csv; charset=utf-8");
    }
}
