using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Apis.Responses;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>A concern about a provider, for the local authority that lists it to act on.</summary>
/// <param name="Category">What the concern is about.</param>
/// <param name="Summary">What happened and when, 10 to 4,000 characters.</param>
/// <param name="LocalAuthorityId">
/// The local authority told: a platform admin names it; anyone else's own LA is told, this only when they have none.
/// </param>
public sealed record RaiseConcernRequest(
    [property: Required] ConcernCategory? Category,
    [property: Required, StringLength(4000, MinimumLength = 10)] string Summary,
    Guid? LocalAuthorityId);

/// <summary>The local authority moves a concern on.</summary>
/// <param name="Status">The concern's new status.</param>
/// <param name="Note">What was done or decided, up to 2,000 characters.</param>
public sealed record ConcernStatusRequest([property: Required] ConcernStatus? Status, [property: StringLength(2000)] string? Note);

/// <summary>The concern just raised, sent to the provider's local authority's directory team.</summary>
/// <param name="Id">The new concern's id.</param>
public sealed record ConcernRaised(Guid Id);

/// <summary>Concerns about providers, raised by commissioners and dealt with by the local authority's directory team.</summary>
public static class ConcernsApi
{
    public static RouteGroupBuilder MapConcernsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Concerns");

        api.MapPost("/providers/{id:guid}/concerns", RaiseConcern).WithName(nameof(RaiseConcern))
            .WithSummary("Raise a concern about a provider with the local authority's directory team")
            .RequireOrganisationType(Concern.Raisers).WithIdempotencyKey();
        api.MapGet("/concerns", ListConcerns).WithName(nameof(ListConcerns))
            .WithSummary("Concerns the caller raised or, for a directory team, those sent to it; newest first");
        api.MapGet("/concerns/{concernId:guid}", GetConcern).WithName(nameof(GetConcern));
        api.MapPost("/concerns/{concernId:guid}/status", MoveConcern).WithName(nameof(MoveConcern))
            .WithSummary("Acknowledge, resolve or dismiss a concern (the directory team), with a note")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);

        return api;
    }

    /// <summary>
    /// A school's or trust's concern goes to its own local authority; a local authority's to itself; a platform admin
    /// names one. The concern and its event commit together.
    /// </summary>
    public static async Task<Results<Created<ConcernRaised>, NotFound, ValidationProblem>> RaiseConcern(
        Guid id, RaiseConcernRequest request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        var localAuthority = caller.OrganisationType switch
        {
            OrganisationType.LocalAuthority => caller.OrganisationId,
            OrganisationType.PlatformAdmin => request.LocalAuthorityId,
            _ => caller.LocalAuthorityId ?? request.LocalAuthorityId,
        };
        if (localAuthority is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["localAuthorityId"] = ["Name the local authority whose directory team should deal with the concern."],
            });
        }

        var now = clock.GetUtcNow();
        var concern = Concern.Raise(Guid.CreateVersion7(now), id, caller, localAuthority.Value, request.Category!.Value, request.Summary, now);
        db.Concerns.Add(concern);
        db.AddIntegrationEvent(new ProviderConcernRaised(concern.Id, id, concern.LocalAuthorityId, EnumNames.Name(concern.Category), now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/directory/concerns/{concern.Id}", new ConcernRaised(concern.Id));
    }

    public static async Task<Results<Ok<List<ConcernView>>, ValidationProblem>> ListConcerns(
        Caller caller, DirectoryDbContext db, CancellationToken cancellationToken, string? status)
    {
        ConcernStatus? wanted = null;
        if (status is not null)
        {
            if (!EnumNames.TryParse<ConcernStatus>(status, out var parsed))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["status"] = [$"Use one of {EnumNames.List<ConcernStatus>()}."],
                });
            }

            wanted = parsed;
        }

        var concerns = db.Concerns.AsQueryable();
        concerns = caller.OrganisationType switch
        {
            OrganisationType.PlatformAdmin => concerns,
            OrganisationType.LocalAuthority => concerns.Where(c => c.LocalAuthorityId == caller.OrganisationId || c.RaisedByOrganisationId == caller.OrganisationId),
            _ => concerns.Where(c => c.RaisedByOrganisationId == caller.OrganisationId),
        };
        if (wanted is not null)
        {
            concerns = concerns.Where(c => c.Status == wanted);
        }

        var found = await concerns.OrderByDescending(c => c.RaisedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(found.Select(ConcernView.Of).ToList());
    }

    public static async Task<Results<Ok<ConcernView>, NotFound>> GetConcern(Guid concernId, Caller caller, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FindAsync([concernId], cancellationToken);
        return concern is not null && concern.IsVisibleTo(caller) ? TypedResults.Ok(ConcernView.Of(concern)) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<ConcernView>, NotFound>> MoveConcern(
        Guid concernId, ConcernStatusRequest request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var concern = await db.Concerns.FindAsync([concernId], cancellationToken);
        if (concern is null || !concern.IsVisibleTo(caller))
        {
            return TypedResults.NotFound();
        }

        concern.MoveTo(request.Status!.Value, caller, request.Note, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ConcernView.Of(concern));
    }
}
