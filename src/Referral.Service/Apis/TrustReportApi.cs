using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Reports;
using APPlatform.Referrals.Reports;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>
/// A trust's use of alternative provision across its schools (trust policy §10.1–§10.3), for its AP lead and
/// executives, on screen and as CSV.
/// </summary>
public static class TrustReportApi
{
    /// <summary>A report covers at most this many days: two school years, so a comparison across a year boundary fits.</summary>
    public const int MaxDays = 731;

    public static IEndpointRouteBuilder MapTrustReportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/placements/trust-report", GetTrustReport).WithTags("Placements").WithName(nameof(GetTrustReport))
            .WithSummary("The trust's pupils in AP by school, provider and registration, cost against budget, attendance and outcomes over a period")
            .ProducesProblem(StatusCodes.Status404NotFound).RequireOrganisationType(OrganisationType.Trust, OrganisationType.PlatformAdmin);
        app.MapGet("/api/placements/trust-report.csv", ExportTrustReport).WithTags("Placements").WithName(nameof(ExportTrustReport))
            .WithSummary("The trust report as CSV: one row per school and one for the trust")
            .Produces<string>(contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound)
            .RequireOrganisationType(OrganisationType.Trust, OrganisationType.PlatformAdmin);
        return app;
    }

    /// <summary>
    /// The report from <paramref name="from"/> to <paramref name="to"/> (ISO dates; by default this school year, 1
    /// September to 31 August). A platform admin names the trust (<paramref name="trustId"/>); a trust reads its own.
    /// </summary>
    public static async Task<Results<Ok<TrustReport>, NotFound, ValidationProblem>> GetTrustReport(
        Caller caller, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
        Guid? trustId = null) =>
        await ReportAsync(caller, db, clock, from, to, trustId, cancellationToken) switch
        {
            (TrustReport report, _) => TypedResults.Ok(report),
            (_, ValidationProblem problem) => problem,
            _ => TypedResults.NotFound(),
        };

    /// <summary>The same report as CSV (<see cref="TrustReportExport"/>).</summary>
    public static async Task<Results<ContentHttpResult, NotFound, ValidationProblem>> ExportTrustReport(
        Caller caller, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken, DateOnly? from = null, DateOnly? to = null,
        Guid? trustId = null) =>
        await ReportAsync(caller, db, clock, from, to, trustId, cancellationToken) switch
        {
            (TrustReport report, _) => TypedResults.Content(TrustReportExport.ToCsv(report), "text/csv; charset=utf-8"),
            (_, ValidationProblem problem) => problem,
            _ => TypedResults.NotFound(),
        };

    /// <summary>
    /// Gathers the trust's placements, their budgets, providers and schools' attendance, and asks the model. Neither
    /// report nor problem: another trust was named, which answers 404 as a record the caller may not see does.
    /// </summary>
    private static async Task<(TrustReport? Report, ValidationProblem? Problem)> ReportAsync(
        Caller caller, ReferralDbContext db, TimeProvider clock, DateOnly? from, DateOnly? to, Guid? trustId, CancellationToken cancellationToken)
    {
        if (!caller.MayReadTrustReport())
        {
            throw new NotPermittedException("The trust report is for the trust's AP lead and executives.");
        }

        var today = clock.TodayInEngland();
        var period = new ReportPeriod(from ?? ReportPeriod.SchoolYearOf(to ?? today).From, to ?? ReportPeriod.SchoolYearOf(from ?? today).To);
        if (Period.Problem<DateOnly>(period.From, period.To) is { } backwards)
        {
            return (null, backwards);
        }

        if (period.To.DayNumber - period.From.DayNumber >= MaxDays)
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"A report covers at most {MaxDays} days."] }));
        }

        if (caller.OrganisationType == OrganisationType.PlatformAdmin && trustId is null)
        {
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["trustId"] = ["Name the trust to report on."] }));
        }

        if (caller.OrganisationType == OrganisationType.Trust && trustId is { } named && named != caller.OrganisationId)
        {
            return (null, null);
        }

        var trust = trustId ?? caller.OrganisationId;
        var placements = await db.Placements
            .Where(p => p.TrustId == trust && p.Status != PlacementStatus.Planned && p.StartDate <= period.To && (p.EndedOn == null || p.EndedOn >= period.From))
            .ToListAsync(cancellationToken);
        var referralIds = placements.Select(p => p.ReferralId).ToList();
        var budgets = await db.Referrals.Where(r => referralIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Proposal.Budget, cancellationToken);
        var providerIds = placements.Select(p => p.ProviderId).Distinct().ToList();
        var providers = await db.Providers.Where(p => providerIds.Contains(p.ProviderId)).ToDictionaryAsync(p => p.ProviderId, cancellationToken);
        var schools = await db.Referrals.Where(r => r.TrustId == trust).Select(r => r.SchoolId).Distinct().ToListAsync(cancellationToken);
        var weeks = await db.SchoolWeeks.Where(w => schools.Contains(w.SchoolId) && w.WeekStarting >= period.From && w.WeekStarting <= period.To)
            .ToListAsync(cancellationToken);
        var reported = placements.Select(p => new ReportedPlacement(p, budgets.GetValueOrDefault(p.ReferralId),
            providers.GetValueOrDefault(p.ProviderId)?.Name ?? $"Provider {p.ProviderId}", providers.GetValueOrDefault(p.ProviderId)?.IsRegistered ?? false));
        return (TrustReport.Of(trust, period, today, schools, reported, weeks), null);
    }
}
