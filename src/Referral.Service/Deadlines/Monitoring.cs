using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Referrals.Deadlines;

/// <summary>
/// The monitoring a running placement needs (trust policy §7, §12), kept as deadlines in the database: the agreement
/// review at least termly (an off-site direction's at its governing board's interval, SI 2010/1156 reg 4), and the
/// provider's termly report, each raising an event when due and again when overdue.
/// </summary>
public sealed class Monitoring(ReferralDbContext db, SchoolPolicies policies, AgreementReviewCadence cadence, IOptions<ReferralOptions> options, TimeProvider clock)
{
    /// <summary>Deadlines fall due at the start of the school day in England.</summary>
    public static readonly TimeOnly DueTime = new(8, 0);

    public async Task PlanAfterStartAsync(Placement placement, Referral referral, CancellationToken cancellationToken)
    {
        await ScheduleReviewAsync(placement, await NextReviewDueAsync(placement, referral, placement.StartDate, cancellationToken), cancellationToken);
        var term = await policies.InSchoolDaysAsync(placement.SchoolId, days => TermlyReports.First(placement, days), cancellationToken);
        await RequestReportAsync(placement, term.Name, term.Ends, cancellationToken);
    }

    /// <summary>A review resets the clock: the next is due the agreed (or the board's) number of weeks after it.</summary>
    public async Task AfterReviewAsync(Placement placement, Review review, CancellationToken cancellationToken)
    {
        var referral = (await db.Referrals.FindAsync([placement.ReferralId], cancellationToken))!;
        await db.CancelDeadlineAsync(AgreementReviewDeadline.KindName, AgreementReviewDeadline.Subject(placement.Id, overdue: true), cancellationToken);
        await ScheduleReviewAsync(placement, await NextReviewDueAsync(placement, referral, review.HeldOn, cancellationToken), cancellationToken);
    }

    /// <summary>The parents asked for a review the school must hold: it is due now, and the school is told at once.</summary>
    public async Task AfterReviewAskedForAsync(Placement placement, CancellationToken cancellationToken)
    {
        await db.CancelDeadlineAsync(AgreementReviewDeadline.KindName, AgreementReviewDeadline.Subject(placement.Id, overdue: true), cancellationToken);
        await db.ScheduleDeadlineAsync(AgreementReviewDeadline.KindName, AgreementReviewDeadline.Subject(placement.Id, overdue: false), clock.GetUtcNow(),
            new AgreementReviewDeadline.Payload(placement.Id, clock.TodayInEngland(), Overdue: false), cancellationToken);
    }

    public async Task<ProviderReport> RequestReportAsync(Placement placement, string term, DateOnly dueOn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var report = new ProviderReport
        {
            Id = Guid.CreateVersion7(now),
            PlacementId = placement.Id,
            SchoolId = placement.SchoolId,
            ProviderId = placement.ProviderId,
            Term = term,
            DueOn = dueOn,
            RequestedAt = now,
        };
        db.ProviderReports.Add(report);
        db.AddIntegrationEvent(new ProviderReportStatusChanged(report.Id, placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, term, dueOn, "requested", now));
        foreach (var overdue in new[] { false, true })
        {
            var day = overdue ? dueOn.AddDays((int)options.Value.OverdueAfter.TotalDays) : dueOn;
            db.AddDeadline(ProviderReportDeadline.KindName, ProviderReportDeadline.Subject(report.Id, overdue),
                EnglandClock.InEngland(day, DueTime), new ProviderReportDeadline.Payload(report.Id, overdue));
        }

        return report;
    }

    /// <summary>A submitted report closes its deadlines and asks for the next term's while the placement runs.</summary>
    public async Task AfterReportSubmittedAsync(Placement placement, ProviderReport report, CancellationToken cancellationToken)
    {
        foreach (var overdue in new[] { false, true })
        {
            await db.CancelDeadlineAsync(ProviderReportDeadline.KindName, ProviderReportDeadline.Subject(report.Id, overdue), cancellationToken);
        }

        var now = clock.GetUtcNow();
        db.AddIntegrationEvent(new ProviderReportStatusChanged(report.Id, placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, report.Term, report.DueOn, "submitted", now));
        // A report asked for mid-term is followed by the term's own, which may already have been asked for.
        var next = await policies.InSchoolDaysAsync(placement.SchoolId, days => TermlyReports.Next(placement, report.DueOn, days), cancellationToken);
        if (next is not null && !await db.ProviderReports.AnyAsync(r => r.PlacementId == placement.Id && r.Term == next.Name, cancellationToken))
        {
            await RequestReportAsync(placement, next.Name, next.Ends, cancellationToken);
        }
    }

    public async Task StopAsync(Placement placement, CancellationToken cancellationToken)
    {
        foreach (var overdue in new[] { false, true })
        {
            await db.CancelDeadlineAsync(AgreementReviewDeadline.KindName, AgreementReviewDeadline.Subject(placement.Id, overdue), cancellationToken);
        }
    }

    private async Task<DateOnly> NextReviewDueAsync(Placement placement, Referral referral, DateOnly from, CancellationToken cancellationToken) =>
        placement.LegalBasis == LegalBasis.OffSiteDirection
            ? OffSiteDirectionReviews.NextDue(from, await policies.OffSiteDirectionReviewWeeksAsync(placement.SchoolId, cancellationToken))
            : cadence.NextDue(from, referral.ParentAgreement?.ReviewEveryWeeks);

    private Task ScheduleReviewAsync(Placement placement, DateOnly dueOn, CancellationToken cancellationToken) =>
        db.ScheduleDeadlineAsync(AgreementReviewDeadline.KindName, AgreementReviewDeadline.Subject(placement.Id, overdue: false),
            EnglandClock.InEngland(dueOn, DueTime), new AgreementReviewDeadline.Payload(placement.Id, dueOn, Overdue: false), cancellationToken);
}

/// <summary>The agreement review falls due: PlacementReviewDue, then again as overdue if still no review.</summary>
public sealed class AgreementReviewDeadline(ReferralDbContext db, IOptions<ReferralOptions> options) : IDeadlineHandler
{
    public const string KindName = "agreement-review";

    public sealed record Payload(Guid PlacementId, DateOnly DueOn, bool Overdue);

    public string Kind => KindName;

    public static string Subject(Guid placementId, bool overdue) => $"{placementId}/{(overdue ? "overdue" : "due")}";

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var payload = deadline.PayloadAs<Payload>();
        var placement = await db.Placements.FindAsync([payload.PlacementId], cancellationToken);
        if (placement?.Status is not (PlacementStatus.Active or PlacementStatus.Ending))
        {
            return;
        }

        var kind = placement.LegalBasis == LegalBasis.OffSiteDirection ? "off_site_direction" : "agreement";
        db.AddIntegrationEvent(new PlacementReviewDue(
            placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, kind, payload.DueOn, payload.Overdue, deadline.DueAt));
        if (!payload.Overdue)
        {
            var overdueOn = payload.DueOn.AddDays((int)options.Value.OverdueAfter.TotalDays);
            await db.ScheduleDeadlineAsync(KindName, Subject(placement.Id, overdue: true), EnglandClock.InEngland(overdueOn, Monitoring.DueTime),
                payload with { Overdue = true }, cancellationToken);
        }
    }
}

/// <summary>A termly report falls due, then overdue, while the provider has not submitted it.</summary>
public sealed class ProviderReportDeadline(ReferralDbContext db) : IDeadlineHandler
{
    public const string KindName = "provider-report";

    public sealed record Payload(Guid ReportId, bool Overdue);

    public string Kind => KindName;

    public static string Subject(Guid reportId, bool overdue) => $"{reportId}/{(overdue ? "overdue" : "due")}";

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var payload = deadline.PayloadAs<Payload>();
        var report = await db.ProviderReports.FindAsync([payload.ReportId], cancellationToken);
        var placement = report is null ? null : await db.Placements.FindAsync([report.PlacementId], cancellationToken);
        if (report is { Status: ProviderReportStatus.Requested } && placement?.Status is PlacementStatus.Active or PlacementStatus.Ending)
        {
            db.AddIntegrationEvent(new ProviderReportStatusChanged(report.Id, report.PlacementId, report.SchoolId, placement.CommissionerId, report.ProviderId, report.Term, report.DueOn,
                payload.Overdue ? "overdue" : "due", deadline.DueAt));
        }
    }
}
