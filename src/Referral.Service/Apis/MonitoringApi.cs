using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Deadlines;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>
/// A running placement's monitoring and its end (trust policy §12–§13): reviews, visits, the provider's termly and final
/// reports and serious incidents, the reintegration plan, and the end with its reason and destination.
/// </summary>
public static class MonitoringApi
{
    public static RouteGroupBuilder MapMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/placements/{id:guid}").WithTags("Monitoring");

        api.MapPost("/reviews", RecordReview).WithName(nameof(RecordReview))
            .WithSummary("Record an agreement, formal, parent-requested or EHCP review; formal reviews without improvement are counted");
        api.MapPost("/review-requests", RecordReviewAskedFor).WithName(nameof(RecordReviewAskedFor))
            .WithSummary("Record that the parents of a pupil directed off site asked for a review: it is due now, unless one was held in the last 10 weeks")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/visits", RecordVisit).WithName(nameof(RecordVisit)).WithSummary("Record a visit to the pupil at the provider");
        api.MapGet("/reports", ListReports).WithName(nameof(ListReports)).WithSummary("The provider's termly reports: requested, overdue or submitted");
        api.MapPost("/report-requests", RequestReport).WithName(nameof(RequestReport)).WithSummary("Ask the provider for a report by a date");
        api.MapPost("/reports/{reportId:guid}", SubmitReport).WithName(nameof(SubmitReport))
            .WithSummary("The provider submits a requested report").RequireOrganisationType(OrganisationType.Provider);
        api.MapPost("/incidents", ReportIncident).WithName(nameof(ReportIncident))
            .WithSummary("The provider reports a serious incident to the school").RequireOrganisationType(OrganisationType.Provider).WithIdempotencyKey();
        api.MapPost("/incidents/{incidentId:guid}/acknowledge", AcknowledgeIncident).WithName(nameof(AcknowledgeIncident))
            .WithSummary("The school acknowledges an incident with its response");
        api.MapPut("/reintegration-plan", RecordReintegrationPlan).WithName(nameof(RecordReintegrationPlan))
            .WithSummary("Agree the reintegration plan with the provider; the placement is then ending");
        api.MapPut("/final-report", SubmitFinalReport).WithName(nameof(SubmitFinalReport))
            .WithSummary("The provider's final report: attainment, progress, attendance and behaviour");
        api.MapPost("/end", EndPlacement).WithName(nameof(EndPlacement)).WithSummary("End the placement with its reason, the pupil's views and the destination");
        return api;
    }

    /// <summary>The third formal review in a row without improvement makes ending available and says so (policy §12).</summary>
    public static Task<Results<Ok<PlacementRecord>, NotFound>> RecordReview(
        Guid id, ReviewRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, Monitoring monitoring, TimeProvider clock, CancellationToken cancellationToken) =>
        PlacementsApi.ManageAsync(id, caller, db, log, fullTime, cancellationToken, async placement =>
        {
            var now = clock.GetUtcNow();
            var review = new Review(Guid.CreateVersion7(now), request.Kind!.Value, request.HeldOn!.Value, request.Attendees.Select(a => a.ToModel()).ToList(),
                request.Progress, request.Outcome, request.Improved, caller.OrganisationId, now);
            var endingNowAvailable = placement.RecordReview(review);
            if (review.Kind == ReviewKind.Formal)
            {
                db.AddIntegrationEvent(new FormalReviewHeld(placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, placement.FormalReviewsWithoutImprovement, review.Improved == true, now));
            }

            if (endingNowAvailable)
            {
                db.AddIntegrationEvent(new PlacementEndingAvailable(placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, placement.FormalReviewsWithoutImprovement, now));
            }

            if (Placement.ReviewsThePlacement(review.Kind))
            {
                await monitoring.AfterReviewAsync(placement, review, cancellationToken);
            }
        });

    /// <summary>A request the school must meet makes the review due now (SI 2010/1156 reg 4); otherwise 422 names the last review.</summary>
    public static Task<Results<Ok<PlacementRecord>, NotFound>> RecordReviewAskedFor(
        Guid id, ReviewAskedForRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, Monitoring monitoring, TimeProvider clock, CancellationToken cancellationToken) =>
        PlacementsApi.ManageAsync(id, caller, db, log, fullTime, cancellationToken, async placement =>
        {
            var now = clock.GetUtcNow();
            placement.RecordReviewAskedFor(new ReviewAskedFor(Guid.CreateVersion7(now), request.AskedBy, request.AskedOn!.Value, caller.OrganisationId, now));
            await monitoring.AfterReviewAskedForAsync(placement, cancellationToken);
        });

    public static Task<Results<Ok<PlacementRecord>, NotFound>> RecordVisit(
        Guid id, VisitRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, TimeProvider clock, CancellationToken cancellationToken) =>
        PlacementsApi.ManageAsync(id, caller, db, log, fullTime, cancellationToken, placement =>
        {
            var now = clock.GetUtcNow();
            placement.RecordVisit(new Visit(Guid.CreateVersion7(now), request.On!.Value, request.Staff.Select(s => s.ToModel()).ToList(), request.Observations,
                request.PupilVoice, caller.OrganisationId, now));
            return Task.CompletedTask;
        });

    public static async Task<Results<Ok<List<ProviderReportView>>, NotFound>> ListReports(Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementAsync(id, caller.MaySee, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(placement.Logged(), cancellationToken);
        var reports = await db.ProviderReports.Where(r => r.PlacementId == id).OrderBy(r => r.DueOn).ToListAsync(cancellationToken);
        return TypedResults.Ok(reports.Select(ProviderReportView.Of).ToList());
    }

    public static async Task<Results<Created<ProviderReportView>, NotFound>> RequestReport(
        Guid id, ReportRequest request, Caller caller, ReferralDbContext db, IAccessLog log, Monitoring monitoring, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (placement.Status is not (PlacementStatus.Active or PlacementStatus.Ending))
        {
            throw new StateConflictException($"The placement is {EnumNames.Name(placement.Status)}; reports are asked for while it runs.");
        }

        if (await db.ProviderReports.AnyAsync(r => r.PlacementId == id && r.Term == request.Term, cancellationToken))
        {
            throw new StateConflictException($"A report for {request.Term} has already been asked for.");
        }

        var report = await monitoring.RequestReportAsync(placement, request.Term, request.DueOn!.Value, cancellationToken);
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/placements/{id}/reports", ProviderReportView.Of(report));
    }

    public static async Task<Results<Ok<ProviderReportView>, NotFound>> SubmitReport(
        Guid id, Guid reportId, SubmitReportRequest request, Caller caller, ReferralDbContext db, IAccessLog log, Monitoring monitoring, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([id], cancellationToken);
        var report = await db.ProviderReports.FindAsync([reportId], cancellationToken);
        if (placement is null || !caller.IsProviderOf(placement) || report is null || report.PlacementId != id)
        {
            return TypedResults.NotFound();
        }

        report.Submit(request.Progress, request.Behaviour, request.Welfare, request.Attendance, request.SubmittedBy, clock.GetUtcNow());
        await monitoring.AfterReportSubmittedAsync(placement, report, cancellationToken);
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderReportView.Of(report));
    }

    /// <summary>The incident reaches the school in the platform; its event carries the category only, never the account.</summary>
    public static async Task<Results<Created<IncidentView>, NotFound>> ReportIncident(
        Guid id, IncidentRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementAsync(id, caller.IsProviderOf, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        if (request.OccurredAt > now.AddMinutes(5))
        {
            throw new RuleViolationException("An incident is reported after it happens: occurredAt is in the future.");
        }

        var incident = new Incident
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = request.OccurredAt!.Value,
            Category = request.Category!.Value,
            Summary = request.Summary,
            ActionTaken = request.ActionTaken,
            ReportedBy = request.ReportedBy,
            ReportedAt = now,
        };
        placement.ReportIncident(incident);
        log.Change(placement.Logged());
        db.AddIntegrationEvent(new SeriousIncidentReported(incident.Id, placement.Id, placement.SchoolId, placement.CommissionerId, placement.ProviderId, EnumNames.Name(incident.Category), now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/placements/{id}", IncidentView.Of(incident));
    }

    /// <summary>An incident the placement does not have answers 404, as the placement would.</summary>
    public static async Task<Results<Ok<PlacementRecord>, NotFound>> AcknowledgeIncident(
        Guid id, Guid incidentId, AcknowledgeIncidentRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement?.Incidents.SingleOrDefault(i => i.Id == incidentId) is not { } incident)
        {
            return TypedResults.NotFound();
        }

        incident.AcknowledgedAt = clock.GetUtcNow();
        incident.SchoolResponse = request.Response;
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await PlacementsApi.RecordAsync(placement, caller, db, fullTime, cancellationToken));
    }

    public static Task<Results<Ok<PlacementRecord>, NotFound>> RecordReintegrationPlan(
        Guid id, ReintegrationPlanRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, TimeProvider clock, CancellationToken cancellationToken) =>
        PlacementsApi.ManageAsync(id, caller, db, log, fullTime, cancellationToken, placement =>
        {
            var now = clock.GetUtcNow();
            placement.BeginEnding(new ReintegrationPlan(request.MeetingOn!.Value, request.Objectives.Select(o => new PlanObjective(o.Description, o.Measure, o.By)).ToList(),
                request.Support, request.ReturnOn, now), caller, now);
            return Task.CompletedTask;
        });

    /// <summary>The provider writes the final report; the school may record one it received another way.</summary>
    public static async Task<Results<Ok<PlacementRecord>, NotFound>> SubmitFinalReport(
        Guid id, FinalReportRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.Placements.FindAsync([id], cancellationToken);
        if (placement is null || !(caller.IsProviderOf(placement) || caller.MayManage(placement)))
        {
            return TypedResults.NotFound();
        }

        placement.SubmitFinalReport(new FinalReport(request.Attainment, request.Progress, request.Attendance, request.Behaviour, request.SubmittedBy, clock.GetUtcNow()));
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await PlacementsApi.RecordAsync(placement, caller, db, fullTime, cancellationToken));
    }

    public static Task<Results<Ok<PlacementRecord>, NotFound>> EndPlacement(
        Guid id, EndPlacementRequest request, Caller caller, ReferralDbContext db, IAccessLog log,
        FullTimeEducation fullTime, Monitoring monitoring, TimeProvider clock, CancellationToken cancellationToken) =>
        PlacementsApi.ManageAsync(id, caller, db, log, fullTime, cancellationToken, async placement =>
        {
            var now = clock.GetUtcNow();
            placement.End(request.Reason!.Value, request.EndedOn!.Value, request.PupilViews, request.Destination!.Value, request.Note, caller, now);
            db.AddIntegrationEvent(new PlacementEnded(placement.Id, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, placement.ProviderId,
                request.EndedOn.Value, EnumNames.Name(request.Reason.Value), now));
            await monitoring.StopAsync(placement, cancellationToken);
        });
}
