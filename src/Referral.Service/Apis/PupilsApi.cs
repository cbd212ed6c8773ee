using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts.Placements;
using APPlatform.Referrals.Apis.Requests;
using APPlatform.Referrals.Apis.Responses;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

/// <summary>The school's pupils to look up by id.</summary>
/// <param name="PupilIds">Up to 2,000 pupil ids; ids of other schools' pupils are left out of the answer.</param>
public sealed record PupilLookupRequest([property: Required, MaxLength(2000)] List<Guid> PupilIds);

/// <summary>A pupil's UPN for their platform id.</summary>
/// <param name="Id">The pupil's platform id.</param>
/// <param name="Upn">Their unique pupil number (13 characters).</param>
public sealed record PupilNumber(Guid Id, string Upn);

/// <summary>
/// A school's pupils: their UPNs for the platform's pupil ids (other services hold the opaque id and ask here, with the
/// school's token, when a school needs the UPN, as in the register export for its MIS), and the one way to change a
/// live pupil's record.
/// </summary>
public static class PupilsApi
{
    public static RouteGroupBuilder MapPupilsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/referrals/pupils").WithTags("Pupils");
        api.MapPost("/lookup", LookUpPupils).WithName(nameof(LookUpPupils))
            .WithSummary("The UPNs of the caller's own pupils, by the platform's pupil ids").RequireOrganisationType(OrganisationType.School);
        api.MapPut("/{id:guid}", UpdatePupil).WithName(nameof(UpdatePupil))
            .WithSummary("Correct or update a pupil's record (the whole record, as a referral gives it); each change is kept with the fields it changed")
            .RequireOrganisationType(OrganisationType.School, OrganisationType.PlatformAdmin);
        return api;
    }

    public static async Task<Ok<List<PupilNumber>>> LookUpPupils(
        PupilLookupRequest request, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var pupils = await db.Pupils.Where(p => p.SchoolId == caller.OrganisationId && request.PupilIds.Contains(p.Id))
            .Select(p => new PupilNumber(p.Id, p.Upn)).ToListAsync(cancellationToken);
        await log.ReadAsync(pupils.Select(p => new AccessedRecord("pupil", p.Id, p.Id, caller.OrganisationId)), cancellationToken);
        return TypedResults.Ok(pupils);
    }

    /// <summary>
    /// The school's explicit change of its pupil's record. Their placements' flags (looked after, EHC plan) follow it,
    /// and a running placement announces the change, so the LA's threshold watch sees it.
    /// </summary>
    public static async Task<Results<Ok<PupilView>, NotFound>> UpdatePupil(
        Guid id, PupilInput request, Caller caller, ReferralDbContext db, IAccessLog log, FullTimeEducation fullTime, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var pupil = await db.Pupils.FindAsync([id], cancellationToken);
        if (pupil is null || !(caller.OrganisationType == OrganisationType.PlatformAdmin || pupil.SchoolId == caller.OrganisationId))
        {
            return TypedResults.NotFound();
        }

        if (request.Upn != pupil.Upn && await db.Pupils.AnyAsync(p => p.SchoolId == pupil.SchoolId && p.Upn == request.Upn, cancellationToken))
        {
            throw new StateConflictException("Another pupil at the school has this UPN.");
        }

        var changed = request.ChangesTo(pupil);
        if (changed.Count > 0)
        {
            var now = clock.GetUtcNow();
            request.ApplyTo(pupil);
            pupil.Record(new PupilChange(now, caller.OrganisationId, caller.ClientId, [.. changed]));
            var placements = await db.Placements.Where(p => p.PupilId == pupil.Id && p.Status != PlacementStatus.Ended).ToListAsync(cancellationToken);
            foreach (var placement in placements)
            {
                // Every open placement follows the record; only one already announced tells subscribers.
                if (placement.FollowPupil(pupil) && placement.Status != PlacementStatus.Planned)
                {
                    db.AddIntegrationEvent(new PlacementChanged(placement.ToDetails(fullTime), now));
                }
            }

            log.Change(pupil.Logged());
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(PupilView.Of(pupil));
    }
}
