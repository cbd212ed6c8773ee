using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>A step in the provider's listing (domain notes §3).</summary>
/// <param name="Action">What to do to the listing.</param>
/// <param name="Reason">
/// Why, up to 2,000 characters: required to return, suspend, reinstate or remove, as the provider and commissioners
/// rely on it.
/// </param>
public sealed record ListingActionRequest([property: Required] ListingAction? Action, [property: StringLength(2000)] string? Reason);

/// <summary>The provider moves to another local authority's directory.</summary>
/// <param name="LocalAuthorityId">The local authority that takes the provider on.</param>
public sealed record OwnerTransferRequest([property: Required] Guid? LocalAuthorityId);

/// <summary>The listing lifecycle, which local authorities' directories list a provider, and which one keeps its record.</summary>
public static class ListingApi
{
    public static RouteGroupBuilder MapListingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory/providers/{id:guid}").WithTags("Listing");

        api.MapPost("/listing", TakeListingAction).WithName(nameof(TakeListingAction))
            .WithSummary("Submit, list, return, suspend, reinstate or remove a provider (with the reason, where one is needed)");
        api.MapPut("/local-authorities/{localAuthorityId:guid}", ListOnLocalAuthorityDirectory).WithName(nameof(ListOnLocalAuthorityDirectory))
            .WithSummary("Put a provider on a local authority's directory")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        api.MapDelete("/local-authorities/{localAuthorityId:guid}", TakeOffLocalAuthorityDirectory).WithName(nameof(TakeOffLocalAuthorityDirectory))
            .WithSummary("Take a provider off a local authority's directory")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);
        api.MapPut("/owner", TransferOwnership).WithName(nameof(TransferOwnership))
            .WithSummary("Hand the provider's record to another local authority, which keeps it from then on")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);

        return api;
    }

    public static async Task<Results<Ok<ProviderRecord>, NotFound>> TakeListingAction(
        Guid id, ListingActionRequest request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        var now = clock.GetUtcNow();
        provider.Take(request.Action!.Value, caller, request.Reason, now);
        if (ProviderEvents.ForStatus(provider, now) is { } statusEvent)
        {
            db.AddIntegrationEvent(statusEvent);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()));
    }

    /// <summary>A local authority lists a provider on its own directory (say one just over the border); an admin on any.</summary>
    public static async Task<Results<Ok<ProviderRecord>, NotFound>> ListOnLocalAuthorityDirectory(
        Guid id, Guid localAuthorityId, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        if (!OwnDirectory(caller, localAuthorityId))
        {
            throw NotOwnDirectory;
        }

        provider.ListIn(localAuthorityId, caller.OrganisationId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()));
    }

    /// <summary>Only the record's keeper (or a platform admin) hands it on; the new keeper's directory lists it.</summary>
    public static async Task<Results<Ok<ProviderRecord>, NotFound>> TransferOwnership(
        Guid id, OwnerTransferRequest request, Caller caller, ProviderUpdates updates, TimeProvider clock, DirectoryDbContext db,
        CancellationToken cancellationToken)
    {
        if (await updates.FindManagedAsync(id, caller, cancellationToken) is not { } provider)
        {
            return TypedResults.NotFound();
        }

        provider.TransferTo(request.LocalAuthorityId!.Value, clock.GetUtcNow());
        await updates.RecordUpdateAsync(provider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()));
    }

    public static async Task<Results<NoContent, NotFound>> TakeOffLocalAuthorityDirectory(
        Guid id, Guid localAuthorityId, Caller caller, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        if (!OwnDirectory(caller, localAuthorityId))
        {
            throw NotOwnDirectory;
        }

        if (!provider.UnlistFrom(localAuthorityId))
        {
            return TypedResults.NotFound();
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static bool OwnDirectory(Caller caller, Guid localAuthorityId) =>
        caller.OrganisationType == OrganisationType.PlatformAdmin || caller.OrganisationId == localAuthorityId;

    private static ServiceDefaults.Errors.NotPermittedException NotOwnDirectory => new("A local authority keeps its own directory only.");
}
