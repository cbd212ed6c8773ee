using APPlatform.Referrals.Deadlines;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>
/// What a running placement's monitoring has due next (trust policy §7, §12): agreement_review, provider_report,
/// off_site_direction_review (an off-site direction's review, SI 2010/1156 reg 4).
/// </summary>
public enum DueKind
{
    AgreementReview,
    ProviderReport,
    OffSiteDirectionReview,
}

/// <summary>A review or report a running placement has due.</summary>
/// <param name="PlacementId">The placement.</param>
/// <param name="PupilName">The pupil's first and last names.</param>
/// <param name="Kind">An agreement or off-site direction review not yet held, or a provider's report not yet submitted.</param>
/// <param name="Term">The term a report covers; null for a review.</param>
/// <param name="ReportId">The report to submit; null for a review.</param>
/// <param name="DueOn">When it is due (ISO date); overdue after it.</param>
public sealed record MonitoringDue(Guid PlacementId, string PupilName, DueKind Kind, string? Term, Guid? ReportId, DateOnly DueOn);

/// <summary>
/// The reviews and reports the caller's running placements have due, in one answer, so a school or provider sees its
/// work without asking each placement. Review dates are the pending deadlines <see cref="Monitoring"/> keeps.
/// </summary>
public static class MonitoringDueApi
{
    public static IEndpointRouteBuilder MapMonitoringDueApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/placements/due", ListDue).WithTags("Monitoring").WithName(nameof(ListDue))
            .WithSummary("Reviews not yet held and reports not yet submitted on the caller's running placements, soonest first");
        return app;
    }

    public static async Task<Ok<List<MonitoringDue>>> ListDue(Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var running = await db.Placements.VisibleTo(caller).Where(p => p.Status == PlacementStatus.Active || p.Status == PlacementStatus.Ending)
            .Join(db.Pupils, p => p.PupilId, pupil => pupil.Id, (p, pupil) => new { p, pupil.FirstName, pupil.LastName })
            .ToListAsync(cancellationToken);
        var names = running.ToDictionary(x => x.p.Id, x => $"{x.FirstName} {x.LastName}");
        var reviewKinds = running.ToDictionary(x => x.p.Id, x => x.p.LegalBasis == LegalBasis.OffSiteDirection ? DueKind.OffSiteDirectionReview : DueKind.AgreementReview);
        var ids = names.Keys.ToList();
        var subjects = ids.SelectMany(id => new[] { AgreementReviewDeadline.Subject(id, overdue: false), AgreementReviewDeadline.Subject(id, overdue: true) })
            .ToList();
        var reviews = (await db.Set<Deadline>()
                .Where(d => d.Kind == AgreementReviewDeadline.KindName && d.FiredAt == null && subjects.Contains(d.Subject))
                .ToListAsync(cancellationToken))
            .Select(d => d.PayloadAs<AgreementReviewDeadline.Payload>())
            .GroupBy(review => review.PlacementId)
            .Select(g => new MonitoringDue(g.Key, names[g.Key], reviewKinds[g.Key], null, null, g.Min(review => review.DueOn)));
        var reports = (await db.ProviderReports.Where(r => ids.Contains(r.PlacementId) && r.Status == ProviderReportStatus.Requested)
                .ToListAsync(cancellationToken))
            .Select(r => new MonitoringDue(r.PlacementId, names[r.PlacementId], DueKind.ProviderReport, r.Term, r.Id, r.DueOn));
        await log.ReadAsync(running.Select(x => x.p.Logged()), cancellationToken);
        return TypedResults.Ok(reviews.Concat(reports).OrderBy(due => due.DueOn).ThenBy(due => due.PupilName).ToList());
    }
}
