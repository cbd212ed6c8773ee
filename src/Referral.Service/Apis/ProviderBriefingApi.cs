using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Briefings;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>
/// The need-to-know pupil summary for the provider (trust policy §10.4–§10.8, §11, §12). The school's DSL and SENCO
/// share its parts; the provider's people read it; every read is in the access log, and the school sees them.
/// </summary>
public static class ProviderBriefingApi
{
    /// <summary>What the access log calls a read or change of the summary.</summary>
    public const string LoggedKind = "provider_briefing";

    public static RouteGroupBuilder MapProviderBriefingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/placements/{id:guid}/briefing").WithTags("Provider briefing");
        api.MapGet("/", ReadBriefing).WithName(nameof(ReadBriefing))
            .WithSummary("The pupil summary the provider is told: the parts shared, pastoral contact, baseline and objectives (each read is logged)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapPut("/{topic}", ShareBriefingSection).WithName(nameof(ShareBriefingSection))
            .WithSummary("Share a part with the provider (send: the SENCO; safeguarding: the DSL; medical; risk_assessment), with its lawful basis")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapDelete("/{topic}", WithdrawBriefingSection).WithName(nameof(WithdrawBriefingSection))
            .WithSummary("Stop sharing a part with the provider")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<ProviderBriefingView>, NotFound>> ReadBriefing(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var placement = await db.PlacementAsync(id, p => caller.MayManage(p) || BriefingRules.MayRead(caller, p), cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        if (!BriefingRules.MayRead(caller, placement))
        {
            throw new NotPermittedException("Only those who share a part of what the provider is told, and the headteacher, read it.");
        }

        var briefing = await db.ProviderBriefings.FindAsync([id], cancellationToken) ?? ProviderBriefing.For(placement);
        await log.ReadAsync(Logged(briefing), cancellationToken);
        return TypedResults.Ok(await ViewAsync(briefing, placement, caller, db, cancellationToken));
    }

    /// <summary>A provider the placement is shared with is told there is something to read (ProviderBriefingShared, ids only).</summary>
    public static Task<Results<Ok<ProviderBriefingView>, NotFound, ValidationProblem>> ShareBriefingSection(
        Guid id, string topic, ShareBriefingRequest request, Caller caller, ReferralDbContext db, IAccessLog log, TimeProvider clock,
        CancellationToken cancellationToken) =>
        ChangeAsync(id, topic, caller, db, log, cancellationToken, (briefing, placement, named) =>
        {
            var now = clock.GetUtcNow();
            briefing.Share(new BriefingSection(named, request.Summary.Trim(), request.WhatWorks?.Trim(), request.LawfulBasis!.Value, caller.ActingName, now),
                placement, caller);
            if (placement.SharedWithProviderAt is not null)
            {
                db.AddIntegrationEvent(new ProviderBriefingShared(placement.Id, placement.SchoolId, placement.ProviderId, now));
            }
        });

    public static Task<Results<Ok<ProviderBriefingView>, NotFound, ValidationProblem>> WithdrawBriefingSection(
        Guid id, string topic, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken) =>
        ChangeAsync(id, topic, caller, db, log, cancellationToken, (briefing, placement, named) => briefing.Withdraw(named, placement, caller));

    private static async Task<Results<Ok<ProviderBriefingView>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, string topic, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken,
        Action<ProviderBriefing, Placement, BriefingTopic> change)
    {
        if (!EnumNames.TryParse<BriefingTopic>(topic, out var named))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["topic"] = [EnumNames.NotOneOf<BriefingTopic>(topic)] });
        }

        var placement = await db.PlacementAsync(id, caller.MayManage, cancellationToken);
        if (placement is null)
        {
            return TypedResults.NotFound();
        }

        var briefing = await db.ProviderBriefings.FindAsync([id], cancellationToken);
        if (briefing is null)
        {
            briefing = ProviderBriefing.For(placement);
            db.ProviderBriefings.Add(briefing);
        }

        change(briefing, placement, named);
        log.Change(Logged(briefing));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ViewAsync(briefing, placement, caller, db, cancellationToken));
    }

    private static AccessedRecord Logged(ProviderBriefing briefing) => new(LoggedKind, briefing.PlacementId, briefing.PupilId, briefing.SchoolId);

    private static async Task<ProviderBriefingView> ViewAsync(
        ProviderBriefing briefing, Placement placement, Caller caller, ReferralDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Referrals.Where(r => r.Id == placement.ReferralId).Select(r => r.Plan).SingleAsync(cancellationToken);
        var reads = caller.OrganisationType == OrganisationType.Provider
            ? null
            : await db.Set<AccessLogEntry>().AsNoTracking()
                .Where(e => e.RecordKind == LoggedKind && e.RecordId == placement.Id && e.Action == AccessAction.Read && e.OrganisationType == OrganisationType.Provider)
                .OrderByDescending(e => e.At).Select(e => new BriefingRead(e.At, e.Person, e.PersonName, e.ClientId)).ToListAsync(cancellationToken);
        return new ProviderBriefingView(placement.Id, placement.PupilId,
            [.. briefing.Sections.Select(s => BriefingSectionView.Of(s, BriefingRules.Shows(caller, placement, s.Topic)))],
            StaffMemberView.Of(placement.PastoralContact), plan?.Baseline, [.. (plan?.Objectives ?? []).Select(PlanObjectiveView.Of)], reads,
            [.. Enum.GetValues<BriefingTopic>().Where(topic => caller.MayManage(placement) && BriefingRules.MayShare(caller, placement.CommissionerType, topic))]);
    }
}
