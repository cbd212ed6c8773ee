using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>The directory team's decision on a provider's requested change.</summary>
/// <param name="Approve">true applies the change to the provider's record; false rejects it.</param>
/// <param name="Note">Why, up to 2,000 characters; shown to the provider.</param>
public sealed record ReviewRequest([property: Required] bool? Approve, [property: StringLength(2000)] string? Note);

/// <summary>Changes providers proposed to their own records, awaiting the directory team's review.</summary>
public static class ChangeRequestsApi
{
    public static RouteGroupBuilder MapChangeRequestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Change requests");

        api.MapGet("/providers/{id:guid}/change-requests", ListChangeRequests).WithName(nameof(ListChangeRequests))
            .WithSummary("A provider's proposed changes (the provider itself, or whoever manages it)");
        api.MapGet("/change-requests/{changeId:guid}", GetChangeRequest).WithName(nameof(GetChangeRequest));
        api.MapPost("/change-requests/{changeId:guid}/review", ReviewChangeRequest).WithName(nameof(ReviewChangeRequest))
            .WithSummary("Approve a proposed change (it is applied) or reject it with a reason")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);

        return api;
    }

    public static async Task<Results<Ok<List<ChangeRequestView>>, NotFound>> ListChangeRequests(
        Guid id, Caller caller, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        if (provider is null || !(caller.Manages(provider) || caller.IsProvider(provider)))
        {
            return TypedResults.NotFound();
        }

        var changes = await db.ChangeRequests.Where(c => c.ProviderId == id).OrderByDescending(c => c.SubmittedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(changes.Select(ChangeRequestView.From).ToList());
    }

    public static async Task<Results<Ok<ChangeRequestView>, NotFound>> GetChangeRequest(
        Guid changeId, Caller caller, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var change = await db.ChangeRequests.FindAsync([changeId], cancellationToken);
        var provider = change is null ? null : await db.Providers.FindAsync([change.ProviderId], cancellationToken);
        return change is not null && provider is not null && (caller.Manages(provider) || caller.IsProvider(provider))
            ? TypedResults.Ok(ChangeRequestView.From(change))
            : TypedResults.NotFound();
    }

    /// <summary>An approved change is applied exactly as the directory team's own update would be, in the same transaction.</summary>
    public static async Task<Results<Ok<ChangeRequestView>, NotFound>> ReviewChangeRequest(
        Guid changeId, ReviewRequest request, Caller caller, DirectoryDbContext db, ProviderUpdates updates, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var change = await db.ChangeRequests.FindAsync([changeId], cancellationToken);
        var provider = change is null ? null : await updates.FindManagedAsync(change.ProviderId, caller, cancellationToken);
        if (change is null || provider is null)
        {
            return TypedResults.NotFound();
        }

        change.Review(request.Approve!.Value, caller, request.Note, clock.GetUtcNow());
        if (change.Status == ChangeRequestStatus.Approved)
        {
            await updates.ApplyAsync(provider, updates.Proposed(change), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ChangeRequestView.From(change));
    }
}
