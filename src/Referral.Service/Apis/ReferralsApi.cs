using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Referrals;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.Referrals.Model.Rules;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>The record just created.</summary>
/// <param name="Id">Its id.</param>
public sealed record CreatedId(Guid Id);

/// <summary>Referrals from draft to a planned placement: chronology, decisions, plan and the parents' agreement.</summary>
public static class ReferralsApi
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// The school's people who refer and arrange a placement (trust policy §7, §10.3), and the local authority's for one
    /// it arranges (its AP team, or the SEND caseworker for an EHC plan: <see cref="LocalAuthorityArrangement"/>).
    /// </summary>
    public static readonly string[] Referrers = [PersonRoles.ApLead, PersonRoles.Headteacher, PersonRoles.ApTeam, PersonRoles.SendCaseworker];

    public static RouteGroupBuilder MapReferralsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals").WithTags("Referrals");

        api.MapPost("/", CreateReferral).WithName(nameof(CreateReferral)).WithSummary("Start a referral of a pupil (a draft)")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin).RequirePersonRole(Referrers)
            .WithIdempotencyKey();
        api.MapGet("/", ListReferrals).WithName(nameof(ListReferrals)).WithSummary("Referrals the caller may see, newest first");
        api.MapGet("/{id:guid}", GetReferral).WithName(nameof(GetReferral));
        api.MapPost("/{id:guid}/chronology", AddToChronology).WithName(nameof(AddToChronology))
            .WithSummary("Add an intervention, agency involvement or meeting, with its impact, to the pupil's chronology").RequirePersonRole(Referrers);
        api.MapPost("/{id:guid}/submit", Submit).WithName(nameof(Submit)).WithSummary("Submit the referral for the headteacher's decision").RequirePersonRole(Referrers);
        api.MapPost("/{id:guid}/information-request", RequestInformation).WithName(nameof(RequestInformation))
            .WithSummary("Ask for more before deciding (the headteacher, the trust while it decides, or the LA on its own referral)")
            .RequirePersonRole(PersonRoles.Headteacher, PersonRoles.ApLead, PersonRoles.Executive, PersonRoles.ApTeam, PersonRoles.SendCaseworker);
        api.MapPost("/{id:guid}/headteacher-decision", DecideAsHeadteacher).WithName(nameof(DecideAsHeadteacher))
            .WithSummary("The headteacher approves (naming the AP Lead) or rejects; the trust decides next where its policy asks");
        api.MapPost("/{id:guid}/local-authority-decision", DecideAsLocalAuthority).WithName(nameof(DecideAsLocalAuthority))
            .WithSummary("The local authority approves or rejects a referral it made; no headteacher or trust decides it")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        api.MapPost("/{id:guid}/trust-decision", DecideAsTrust).WithName(nameof(DecideAsTrust))
            .RequireOrganisationType(OrganisationType.Trust, OrganisationType.PlatformAdmin);
        api.MapPut("/{id:guid}/plan", RecordPlan).WithName(nameof(RecordPlan)).WithSummary("Record the personalised plan").RequirePersonRole(Referrers);
        api.MapPost("/{id:guid}/parent-agreement", RecordParentAgreement).WithName(nameof(RecordParentAgreement))
            .WithSummary("Record the meeting with the pupil and parents and their decision").RequirePersonRole(Referrers);
        api.MapPost("/{id:guid}/withdraw", Withdraw).WithName(nameof(Withdraw)).WithSummary("Withdraw the referral, with the reason").RequirePersonRole(Referrers);
        return api;
    }

    /// <summary>
    /// The pupil is found by UPN within the school (or added), so a second referral keeps one pupil record. A local
    /// authority refers for a school in its area, on whose roll the pupil is, under one of its duties.
    /// </summary>
    public static async Task<Results<Created<CreatedId>, ValidationProblem>> CreateReferral(
        CreateReferralRequest request, Caller caller, ReferralDbContext db, IAccessLog log, SchoolPolicies policies, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (ReferringSchool(request, caller) is not var (schoolId, trustId, localAuthorityId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["schoolId"] = [caller.OrganisationType switch
                {
                    OrganisationType.School => "A school refers its own pupils, for its own trust and local authority.",
                    OrganisationType.LocalAuthority => "Name the school in your area on whose roll the pupil is; the referral is yours (no trust decides it).",
                    _ => "Name the school whose pupil this is and its local authority (and its trust, for an academy): the referral is theirs.",
                }],
            });
        }

        if (caller.OrganisationType == OrganisationType.LocalAuthority ? request.ArrangedByLocalAuthority is null
            : caller.OrganisationType == OrganisationType.School && request.ArrangedByLocalAuthority is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["arrangedByLocalAuthority"] = ["A local authority says under which duty it arranges the provision; a school's referral is its own."],
            });
        }

        if (await db.Providers.FindAsync([request.Proposal.ProviderId], cancellationToken) is not { Listing: not ProviderListing.Removed })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["proposal.providerId"] = ["No provider with this id is on the directory (a provider added in the last few seconds may not have reached referrals yet)."],
            });
        }

        var now = clock.GetUtcNow();
        var arrangement = request.ArrangedByLocalAuthority is { } la
            ? await policies.InSchoolDaysAsync(schoolId, days => LocalAuthorityArrangement.For(la.Duty!.Value, la.ExcludedFrom, days), cancellationToken)
            : null;
        var pupil = await request.Pupil.RecordAsync(db, schoolId, now, cancellationToken);
        var referral = Referral.Start(
            Guid.CreateVersion7(now), caller, schoolId, trustId, localAuthorityId, pupil.Id, request.Proposal.ToModel(), now, arrangement);
        referral.Reasons = request.Reasons.Distinct().ToList();
        referral.ReasonDetail = request.ReasonDetail;
        referral.Route = request.Route ?? (request.Reasons.Contains(ReferralReason.OffSiteDirection) ? ReferralRoute.OffSiteDirection : ReferralRoute.ParentalAgreement);
        referral.Needs = request.Needs;
        referral.UnregisteredJustification = request.UnregisteredJustification;
        foreach (var entry in request.Chronology ?? [])
        {
            referral.AddToChronology(new ChronologyEntry(entry.On!.Value, entry.Kind!.Value, entry.Description, entry.Impact, caller.OrganisationId, now));
        }

        db.Referrals.Add(referral);
        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/{referral.Id}", new CreatedId(referral.Id));
    }

    /// <summary>
    /// Whose referral this is. A school's token names its trust and local authority; a platform admin acting for a
    /// school names them, so the referral still belongs to (and is seen by) that school, trust and authority. A local
    /// authority names the school, which its token cannot vouch is in its area: the referral is recorded as the LA's,
    /// for that school, with no trust. Null when they are missing or a school or LA names another authority.
    /// </summary>
    private static (Guid SchoolId, Guid? TrustId, Guid? LocalAuthorityId)? ReferringSchool(CreateReferralRequest request, Caller caller)
    {
        if (caller.OrganisationType == OrganisationType.School)
        {
            var own = (request.SchoolId ?? caller.OrganisationId) == caller.OrganisationId &&
                      (request.TrustId ?? caller.TrustId) == caller.TrustId &&
                      (request.LocalAuthorityId ?? caller.LocalAuthorityId) == caller.LocalAuthorityId;
            return own ? (caller.OrganisationId, caller.TrustId, caller.LocalAuthorityId) : null;
        }

        if (caller.OrganisationType == OrganisationType.LocalAuthority)
        {
            return request is { SchoolId: { } roll, TrustId: null } && (request.LocalAuthorityId ?? caller.OrganisationId) == caller.OrganisationId
                ? (roll, null, caller.OrganisationId)
                : null;
        }

        return request is { SchoolId: { } school, LocalAuthorityId: { } localAuthority } ? (school, request.TrustId, localAuthority) : null;
    }

    public static async Task<Results<Ok<Page<ReferralSummary>>, ValidationProblem>> ListReferrals(
        Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken, string? status = null, int page = 1, int pageSize = 20)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pageSize"] = [$"page is 1 or more; pageSize is between 1 and {MaxPageSize}."] });
        }

        var referrals = db.Referrals.VisibleTo(caller);
        if (status is not null)
        {
            if (!EnumNames.TryParse<ReferralStatus>(status, out var wanted))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [EnumNames.NotOneOf<ReferralStatus>(status)] });
            }

            referrals = referrals.Where(r => r.Status == wanted);
        }

        var total = await referrals.CountAsync(cancellationToken);
        var items = await referrals.OrderByDescending(r => r.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize)
            .Join(db.Pupils, r => r.PupilId, p => p.Id, (r, p) => new { r, p.FirstName, p.LastName })
            .ToListAsync(cancellationToken);
        await log.ReadAsync(items.Select(x => x.r.Logged()), cancellationToken);
        return TypedResults.Ok(new Page<ReferralSummary>(
            items.Select(x => new ReferralSummary(x.r.Id, x.r.Status, x.r.SchoolId, x.r.PupilId, $"{x.FirstName} {x.LastName}", x.r.Proposal.ProviderId, x.r.Proposal.StartDate, x.r.CreatedAt,
                x.r.PlacementId, x.r.DecidingStage)).ToList(),
            total));
    }

    public static async Task<Results<Ok<ReferralRecord>, NotFound>> GetReferral(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralAsync(id, caller.MaySee, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(referral.Logged(), cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    public static Task<Results<Ok<ReferralRecord>, NotFound>> AddToChronology(
        Guid id, ChronologyInput request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, log, cancellationToken, referral =>
            referral.AddToChronology(new ChronologyEntry(request.On!.Value, request.Kind!.Value, request.Description, request.Impact, caller.OrganisationId, clock.GetUtcNow())));

    public static Task<Results<Ok<ReferralRecord>, NotFound>> Submit(Guid id, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, log, cancellationToken, referral =>
        {
            var now = clock.GetUtcNow();
            referral.Submit(caller, now);
            db.AddIntegrationEvent(new ReferralSubmitted(referral.Id, referral.PupilId, referral.SchoolId, referral.TrustId, referral.LocalAuthorityId,
                referral.ArrangedByLocalAuthority is not null, now));
        });

    public static async Task<Results<Ok<ReferralRecord>, NotFound>> RequestInformation(
        Guid id, ReasonRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralAsync(id, r => caller.MayManage(r) || (caller.OrganisationType == OrganisationType.Trust && caller.MaySee(r)), cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        referral.RequestInformation(request.Reason, caller, clock.GetUtcNow());
        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    /// <summary>Whether the trust decides next follows its policy: always, for unregistered providers, or above a cost.</summary>
    public static async Task<Results<Ok<ReferralRecord>, NotFound>> DecideAsHeadteacher(
        Guid id, HeadteacherDecisionRequest request, Caller caller, ReferralDbContext db, IAccessLog log, SchoolPolicies policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralToChangeAsync(id, caller, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var provider = await db.Providers.FindAsync([referral.Proposal.ProviderId], cancellationToken);
        var trustPolicy = await policies.TrustPolicyAsync(referral.TrustId, cancellationToken);
        var trustMustApprove = referral.TrustId is not null && trustPolicy.RequiresApproval(provider?.IsRegistered ?? false, referral.Proposal.CostPerWeek);
        var now = clock.GetUtcNow();
        referral.DecideAsHeadteacher(request.Approved!.Value, request.DecidedBy, request.Note, request.ApLead?.ToModel(), trustMustApprove, caller, now);
        db.AddIntegrationEvent(new ReferralDecided(referral.Id, referral.SchoolId, referral.TrustId, referral.LocalAuthorityId, "headteacher", request.Approved.Value,
            referral.Status == ReferralStatus.AwaitingTrustApproval, now));
        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    public static async Task<Results<Ok<ReferralRecord>, NotFound>> DecideAsTrust(
        Guid id, TrustDecisionRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralAsync(id, caller.MaySee, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        referral.DecideAsTrust(request.Approved!.Value, request.DecidedBy, request.Note, caller, now);
        db.AddIntegrationEvent(new ReferralDecided(referral.Id, referral.SchoolId, referral.TrustId, referral.LocalAuthorityId, "trust", request.Approved.Value, false, now));
        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    /// <summary>The local authority decides a referral it made, alone: the trust's policy binds the trust's schools, not the LA.</summary>
    public static Task<Results<Ok<ReferralRecord>, NotFound>> DecideAsLocalAuthority(
        Guid id, TrustDecisionRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, log, cancellationToken, referral =>
        {
            var now = clock.GetUtcNow();
            referral.DecideAsLocalAuthority(request.Approved!.Value, request.DecidedBy, request.Note, caller, now);
            db.AddIntegrationEvent(new ReferralDecided(referral.Id, referral.SchoolId, referral.TrustId, referral.LocalAuthorityId, "local_authority",
                request.Approved.Value, false, now));
        });

    public static Task<Results<Ok<ReferralRecord>, NotFound>> RecordPlan(
        Guid id, PlanRequest request, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, log, cancellationToken, referral => referral.RecordPlan(request.ToModel()));

    /// <summary>The agreement is reviewed at least termly (<see cref="AgreementReviewCadence"/>).</summary>
    public static Task<Results<Ok<ReferralRecord>, NotFound>> RecordParentAgreement(
        Guid id, ParentAgreementRequest request, Caller caller, ReferralDbContext db, IAccessLog log, AgreementReviewCadence cadence, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, caller, db, log, cancellationToken, referral =>
        {
            var now = clock.GetUtcNow();
            referral.RecordParentAgreement(new ParentAgreement(request.MeetingOn!.Value, request.Attendees.Select(a => a.ToModel()).ToList(), request.Agreed!.Value,
                request.Responsibilities, cadence.WeeksFor(request.ReviewEveryWeeks), request.ConcernsRoute, request.RefusalReason, caller.OrganisationId, now), caller, now);
            db.AddIntegrationEvent(new ParentAgreementRecorded(referral.Id, referral.SchoolId, request.Agreed.Value, request.MeetingOn.Value, now));
        });

    public static async Task<Results<Ok<ReferralRecord>, NotFound>> Withdraw(
        Guid id, ReasonRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock, CancellationToken cancellationToken)
    {
        var referral = await db.ReferralToChangeAsync(id, caller, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        var placement = referral.PlacementId is { } placementId ? await db.Placements.FindAsync([placementId], cancellationToken) : null;
        var cancelsAPlan = placement?.Status == PlacementStatus.Planned;
        var now = clock.GetUtcNow();
        referral.Withdraw(request.Reason, placement, caller, now);
        if (cancelsAPlan)
        {
            db.AddIntegrationEvent(new PlacementPlanCancelled(
                placement!.Id, referral.Id, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, placement.ProviderId, now));
        }

        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    private static async Task<Results<Ok<ReferralRecord>, NotFound>> ChangeAsync(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken, Action<Referral> change)
    {
        var referral = await db.ReferralToChangeAsync(id, caller, cancellationToken);
        if (referral is null)
        {
            return TypedResults.NotFound();
        }

        change(referral);
        log.Change(referral.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return await RecordAsync(referral, db, cancellationToken);
    }

    /// <summary>The referral as the caller is answered, whose read or change the endpoint has logged.</summary>
    private static async Task<Ok<ReferralRecord>> RecordAsync(Referral referral, ReferralDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(ReferralRecord.From(referral, (await db.Pupils.FindAsync([referral.PupilId], cancellationToken))!));
}
