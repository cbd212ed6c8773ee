using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Deadlines;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Rules;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.Referrals.Policies;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>Suspensions, for the school's duty to provide education from day six of a long one.</summary>
public static class SuspensionsApi
{
    public static RouteGroupBuilder MapSuspensionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/suspensions").WithTags("Suspensions");
        api.MapPost("/", RecordSuspension).WithName(nameof(RecordSuspension))
            .WithSummary("Record a suspension; over five school days, day six is watched for a placement")
            .RequireOrganisationType(OrganisationType.School).WithIdempotencyKey();
        api.MapGet("/{id:guid}", GetSuspension).WithName(nameof(GetSuspension))
            .RequireOrganisationType(OrganisationType.School, OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        return api;
    }

    public static async Task<Created<SuspensionView>> RecordSuspension(
        SuspensionRequest request, Caller caller, ReferralDbContext db, IAccessLog log, SchoolPolicies policies, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pupil = await request.Pupil.RecordAsync(db, caller.OrganisationId, now, cancellationToken);
        var daySix = await policies.InSchoolDaysAsync(caller.OrganisationId, days => DaySix.Of(request.FirstDay!.Value, request.SchoolDays!.Value, days), cancellationToken);
        var suspension = new Suspension
        {
            Id = Guid.CreateVersion7(now),
            PupilId = pupil.Id,
            SchoolId = caller.OrganisationId,
            LocalAuthorityId = caller.LocalAuthorityId,
            FirstDay = request.FirstDay!.Value,
            SchoolDays = request.SchoolDays!.Value,
            DaySix = daySix,
            RecordedBy = caller.OrganisationId,
            RecordedAt = now,
        };
        db.Suspensions.Add(suspension);
        if (daySix is { } day)
        {
            await db.ScheduleDeadlineAsync(DaySixDuty.KindName, suspension.Id.ToString(), EnglandClock.InEngland(day, Monitoring.DueTime),
                new DaySixDuty.Payload(suspension.Id), cancellationToken);
        }

        log.Change(suspension.Logged());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/referrals/suspensions/{suspension.Id}", SuspensionView.Of(suspension));
    }

    public static async Task<Results<Ok<SuspensionView>, NotFound>> GetSuspension(
        Guid id, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var suspension = await db.Suspensions.FindAsync([id], cancellationToken);
        if (suspension is null || !caller.MaySee(suspension))
        {
            return TypedResults.NotFound();
        }

        await log.ReadAsync(suspension.Logged(), cancellationToken);
        return TypedResults.Ok(SuspensionView.Of(suspension));
    }
}
