using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Referrals;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Checks;
using APPlatform.Referrals.Deadlines;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>Placements: planned from a referral, checked, notified to the parents, started and changed.</summary>
public static class PlacementsApi
{
    public static IEndpointRouteBuilder MapPlacementsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/referrals/{id:guid}/placement", PlanPlacement).WithTags("Placements").WithName(nameof(PlanPlacement))
            .WithSummary("Plan the placement the referral proposes, once approved and agreed").RequirePersonRole(ReferralsApi.Referrers).WithIdempotencyKey();

        var api = app.MapGroup("/api/placements").WithTags("Placements");
        api.MapGet("/", ListPlacements).WithName(nameof(ListPlacements)).WithSummary("Placements the caller may see: a provider's are those made with it");
        api.MapGet("/{id:guid}", GetPlacement).WithName(nameof(GetPlacement));
        api.MapGet("/{id:guid}/checks", GetChecks).WithName(nameof(GetChecks)).WithSummary("The pre-placement checks and what each still needs");
        api.MapPost("/{id:guid}/parent-notification", IssueNotification).WithName(nameof(IssueNotification))
            .WithSummary("Issue the written notification to the parents (trust policy §9)").RequirePersonRole(ReferralsApi.Referrers);
        api.MapPost("/{id:guid}/start", StartPlacement).WithName(nameof(StartPlacement))
            .WithSummary("Start the placement; refused with every failing check until they all pass").RequirePersonRole(ReferralsApi.Referrers);
        api.MapPut("/{id:guid}/arrangements", Rearrange).WithName(nameof(Rearrange)).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Change the timetable, planned end, pastoral contact or cost; never above the trust's cap at an unregistered provider")
            .RequirePersonRole(ReferralsApi.Referrers);
        return app;
    }

    /// <summary>
    /// Planned, and shared with the provider at once if its listing and audit checks already pass; the LA hears of it
    /// now (PlacementPlanned, committed with the plan), not only when it starts.
    /// </summary>
    public static async Task<Results<Created<CreatedId>, NotFound>> PlanPlacement(
        Guid id, PlanPlacementRequest request, Caller caller, ReferralDbContext db, PrePlacementChecks checks, IAccessLog log,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralToChangeAsync(id, caller, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        var pupil = (await db.Pupils.FindAsync([referral.PupilId], cancellationToken))!;
        var placement = Placement.Plan(Guid.CreateVersion7(now), referral, pupil, request.ToModel(), caller, now);
        referral.PlanPlacement(placement.Id, placement.LegalBasis, caller, now);
        db.Placements.Add(placement);
        await checks.ShareIfProviderPassesAsync(placement, cancellationToken);
        log.Change(placement.Logged());
        log.Change(referral.Logged());
        db.AddIntegrationEvent(new PlacementPlanned(placement.Id, referral.Id, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId,
            placement.ProviderId, EnumNames.Name(placement.RegistrationMode), placement.StartDate, placement.PlannedEndDate, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/placements/{placement.Id}", new CreatedId(placement.Id));
    }

    public static async Task<Ok<Page<PlacementSummary>>> ListPlacements(
        Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken, PlacementStatus? status = null, int page = 1, int pageSize = 50)
    {
        (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, ReferralsApi.MaxPageSize));
        var placements = db.Placements.VisibleTo(caller);
        if (status is not null)
        {
            placements = placements.Where(p => p.Status == status);
        }

        var total = await placements.CountAsync(cancellationToken);
        var items = await placements.OrderBy(p => p.StartDate).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Pupils, p => p.PupilId, pupil => pupil.Id, (p, pupil) => new { p, pupil.FirstName, pupil.LastName })
            .ToListAsync(cancellationToken);
        await log.ReadAsync(items.Select(x => x.p.Logged()), cancellationToken);
        return TypedResults.Ok(new Page<PlacementSummary>(
            items.Select(x => new PlacementSummary(x.p.Id, x.p.Status, x.p.SchoolId, x.p.ProviderId, x.p.PupilId, $"{x.FirstName} {x.LastName}",
                x.p.StartDate, x.p.PlannedEndDate, x.p.HoursPerWeek)).ToList(),
            total));
    }

    public static async Task<Results<Ok<PlacementRecord>, NotFound>> GetPlacement(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, FullTimeEducation fullTime, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementAsync(id, caller.MaySee, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(placement.Logged(), cancellationToken);
        return TypedResults.Ok(await RecordAsync(placement, caller, db, fullTime, cancellationToken));
    }

    public static async Task<Results<Ok<ChecksResult>, NotFound>> GetChecks(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, PrePlacementChecks checks, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(placement.Logged(), cancellationToken);
        var results = await checks.RunAsync(placement, (await db.Referrals.FindAsync([placement.ReferralId], cancellationToken))!, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the checks may have shared the placement with its provider
        return TypedResults.Ok(new ChecksResult(results.All(c => c.Passed), results));
    }

    /// <summary>The notice and its event commit together; Notification.Service delivers the letter.</summary>
    public static async Task<Results<Ok<ParentNoticeView>, NotFound>> IssueNotification(
        Guid id, IssueNotificationRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var pupil = (await db.Pupils.FindAsync([placement.PupilId], cancellationToken))!;
        var now = clock.GetUtcNow();
        var notice = new ParentNotice(Guid.CreateVersion7(now), request.SchoolName, pupil.Carers.Select(c => c.Name).ToList(), request.Purpose, request.Reason,
            placement.StartDate, placement.PlannedEndDate, placement.Timetable, placement.Address, placement.PersonResponsible, placement.PastoralContact,
            placement.LegalBasis == LegalBasis.OffSiteDirection, request.IssuedBy, now, clock.TodayInEngland());
        placement.Issue(notice);
        log.Change(placement.LoggedLetter(notice));
        db.AddIntegrationEvent(new ParentNotificationIssued(notice.Id, placement.Id, placement.PupilId, placement.SchoolId, notice.IsOffSiteDirection,
            notice.StartDate, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParentNoticeView.Of(notice));
    }

    /// <summary>Every check runs; any failing refuses the start with all the reasons. The start, its event and the monitoring deadlines commit together.</summary>
    public static async Task<Results<Ok<PlacementRecord>, NotFound, ProblemHttpResult>> StartPlacement(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, PrePlacementChecks checks, Monitoring monitoring, FullTimeEducation fullTime,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var referral = (await db.Referrals.FindAsync([placement.ReferralId], cancellationToken))!;
        var failing = (await checks.RunAsync(placement, referral, cancellationToken)).Where(c => !c.Passed).ToList();
        if (failing.Count > 0)
        {
            return TypedResults.Problem(
                title: "The placement cannot start yet",
                detail: string.Join(" ", failing.Select(c => c.Detail)),
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["checks"] = failing });
        }

        var now = clock.GetUtcNow();
        placement.Start(caller, now);
        db.AddIntegrationEvent(new PlacementStarted(placement.ToDetails(fullTime), now));
        await monitoring.PlanAfterStartAsync(placement, referral, cancellationToken);
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RecordAsync(placement, caller, db, fullTime, cancellationToken));
    }

    /// <summary>The cap on hours at an unregistered provider holds as at the start: a change above it is refused (422).</summary>
    public static Task<Results<Ok<PlacementRecord>, NotFound>> Rearrange(
        Guid id, ArrangementsRequest request, Caller caller, ReferralDbContext db, IAccessLog log, SchoolPolicies policies, FullTimeEducation fullTime,
        TimeProvider clock, CancellationToken cancellationToken) =>
        ManageAsync(id, caller, db, log, fullTime, cancellationToken, async placement =>
        {
            var cap = await policies.UnregisteredHoursCapAsync(placement, cancellationToken);
            placement.Rearrange(SessionInput.ToModel(request.Timetable), request.PlannedEndDate, request.IsSoleProvision, request.PastoralContact.ToModel(),
                request.CostPerWeek, cap);
            if (placement.Status != PlacementStatus.Planned)
            {
                db.AddIntegrationEvent(new PlacementChanged(placement.ToDetails(fullTime), clock.GetUtcNow()));
            }
        });

    /// <summary>Changes a placement its commissioner manages, saves, and answers the placement as it now is.</summary>
    internal static async Task<Results<Ok<PlacementRecord>, NotFound>> ManageAsync(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, FullTimeEducation fullTime, CancellationToken cancellationToken,
        Func<Placement, Task> change)
    {
        var placement = await db.PlacementToChangeAsync(id, caller, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        await change(placement);
        log.Change(placement.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await RecordAsync(placement, caller, db, fullTime, cancellationToken));
    }

    internal static async Task<PlacementRecord> RecordAsync(
        Placement placement, Caller caller, ReferralDbContext db, FullTimeEducation fullTime, CancellationToken cancellationToken)
    {
        var pupil = (await db.Pupils.FindAsync([placement.PupilId], cancellationToken))!;
        var provider = await db.Providers.FindAsync([placement.ProviderId], cancellationToken);
        return PlacementRecord.From(placement, pupil, provider?.Name, caller, fullTime);
    }
}
