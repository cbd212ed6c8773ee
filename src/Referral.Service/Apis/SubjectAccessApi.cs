using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>Everything Referral.Service holds about one pupil (UK GDPR Art. 15), as the school reads each record.</summary>
/// <param name="Pupil">The pupil's record.</param>
/// <param name="Referrals">Their referrals.</param>
/// <param name="Placements">Their placements.</param>
/// <param name="ParentNotices">Every written notification about their placements sent to their parents, superseded ones included.</param>
/// <param name="ProviderReports">The providers' termly reports on them.</param>
/// <param name="Suspensions">Their suspensions.</param>
/// <param name="ProviderBriefings">What each placement's provider was told about them, part by part.</param>
/// <param name="ExportedAt">When this export was made (ISO date-time with offset).</param>
public sealed record PupilSubjectAccess(
    PupilView Pupil, List<ReferralRecord> Referrals, List<PlacementRecord> Placements, List<ParentNoticeView> ParentNotices,
    List<ProviderReportView> ProviderReports, List<SuspensionView> Suspensions, List<SharedBriefingView> ProviderBriefings, DateTimeOffset ExportedAt);

/// <summary>What one placement's provider was told about the pupil.</summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="Sections">The parts shared.</param>
public sealed record SharedBriefingView(Guid PlacementId, List<BriefingSectionView> Sections);

/// <summary>
/// A subject-access export for the school that holds the pupil (its data protection officer answers the request);
/// Attendance.Service has its own for the pupil's register.
/// </summary>
public static class SubjectAccessApi
{
    public static RouteHandlerBuilder MapSubjectAccessApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/referrals/pupils/{pupilId:guid}/subject-access", ExportPupil).WithTags("Pupils").WithName(nameof(ExportPupil))
            .WithSummary("Everything held about one of the school's pupils: the pupil, referrals, placements, reports, suspensions and what providers were told")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.PlatformAdmin);

    public static async Task<Results<Ok<PupilSubjectAccess>, NotFound>> ExportPupil(
        Guid pupilId, Caller caller, ReferralDbContext db, IAccessLog log, FullTimeEducation fullTime, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pupilId, cancellationToken);
        if (pupil is null || !(caller.OrganisationType == OrganisationType.PlatformAdmin || pupil.SchoolId == caller.OrganisationId))
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(pupil.Logged(), cancellationToken);
        var placements = await db.Placements.AsNoTracking().Where(p => p.PupilId == pupilId).ToListAsync(cancellationToken);
        var placementIds = placements.Select(p => p.Id).ToList();
        var providerIds = placements.Select(p => p.ProviderId).ToList();
        var providers = await db.Providers.AsNoTracking().Where(p => providerIds.Contains(p.ProviderId))
            .ToDictionaryAsync(p => p.ProviderId, p => p.Name, cancellationToken);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PupilId == pupilId).ToListAsync(cancellationToken);
        var reports = await db.ProviderReports.AsNoTracking().Where(r => placementIds.Contains(r.PlacementId)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PupilSubjectAccess(
            PupilView.Of(pupil),
            referrals.Select(r => ReferralRecord.From(r, pupil)).ToList(),
            placements.Select(p => PlacementRecord.From(p, pupil, providers.GetValueOrDefault(p.ProviderId), caller, fullTime)).ToList(),
            placements.SelectMany(p => p.Notices).OrderBy(n => n.IssuedAt).Select(ParentNoticeView.Of).ToList(),
            reports.Select(ProviderReportView.Of).ToList(),
            (await db.Suspensions.AsNoTracking().Where(s => s.PupilId == pupilId).ToListAsync(cancellationToken)).Select(SuspensionView.Of).ToList(),
            (await db.ProviderBriefings.AsNoTracking().Where(b => b.PupilId == pupilId).ToListAsync(cancellationToken))
                .Select(b => new SharedBriefingView(b.PlacementId, [.. b.Sections.Select(section => BriefingSectionView.Of(section, shown: true))])).ToList(),
            clock.GetUtcNow()));
    }
}
