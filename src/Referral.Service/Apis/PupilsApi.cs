using System.ComponentModel.DataAnnotations;
using APPlatform.Referrals.Infrastructure;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Apis;

public sealed record PupilLookupRequest([property: Required, MaxLength(2000)] List<Guid> PupilIds);

public sealed record PupilNumber(Guid Id, string Upn);

/// <summary>
/// UPNs for the platform's pupil ids, for a school's own pupils only: other services hold the opaque id and ask here
/// (with the school's token) when a school needs the UPN, as in the register export for its MIS.
/// </summary>
public static class PupilsApi
{
    public static RouteHandlerBuilder MapPupilsApi(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/referrals/pupils/lookup", LookUpPupils).WithTags("Pupils").WithName(nameof(LookUpPupils))
            .WithSummary("The UPNs of the caller's own pupils, by the platform's pupil ids").RequireOrganisationType(OrganisationType.School);

    public static async Task<Ok<List<PupilNumber>>> LookUpPupils(
        PupilLookupRequest request, Caller caller, ReferralDbContext db, IAccessLog log, CancellationToken cancellationToken)
    {
        var pupils = await db.Pupils.Where(p => p.SchoolId == caller.OrganisationId && request.PupilIds.Contains(p.Id))
            .Select(p => new PupilNumber(p.Id, p.Upn)).ToListAsync(cancellationToken);
        await log.ReadAsync(pupils.Select(p => new AccessedRecord("pupil", p.Id, p.Id, caller.OrganisationId)), cancellationToken);
        return TypedResults.Ok(pupils);
    }
}
