// What a change to a part of the record answers, as every route that takes one declares it (ProvidersApi, ProviderUpdates).
global using AppliedOrProposed = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<APPlatform.ProviderDirectory.Apis.ProviderRecord>,
    Microsoft.AspNetCore.Http.HttpResults.Accepted<APPlatform.ProviderDirectory.Apis.ChangeRequestView>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>;
using System.Text.Json;
using APPlatform.ProviderDirectory.Apis.Requests;
using APPlatform.ProviderDirectory.Deadlines;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>A change a provider proposed to its own record, and its review.</summary>
/// <param name="Id">The change request's id.</param>
/// <param name="ProviderId">The provider whose record it changes.</param>
/// <param name="Part">The part of the record it changes.</param>
/// <param name="Proposed">The request body as the provider sent it, in the shape of that part's update.</param>
/// <param name="Status">Pending, approved or rejected.</param>
/// <param name="SubmittedAt">When the provider sent it (ISO date-time with offset).</param>
/// <param name="ReviewedAt">When a local authority or platform admin reviewed it (ISO date-time with offset).</param>
/// <param name="ReviewNote">The reviewer's note; for a rejection, why.</param>
public sealed record ChangeRequestView(
    Guid Id, Guid ProviderId, ProviderPart Part, JsonElement Proposed, ChangeRequestStatus Status, DateTimeOffset SubmittedAt,
    DateTimeOffset? ReviewedAt, string? ReviewNote)
{
    public static ChangeRequestView From(ChangeRequest change) => new(
        change.Id, change.ProviderId, change.Part, JsonDocument.Parse(change.Proposed).RootElement, change.Status, change.SubmittedAt,
        change.ReviewedAt, change.ReviewNote);
}

/// <summary>
/// How a change to a provider's record lands: the directory team's applies at once; a provider's own to its own
/// record becomes a change request for review; anyone else is refused. Either way the record and its events commit
/// together.
/// </summary>
public sealed class ProviderUpdates(DirectoryDbContext db, DocumentExpiry documentExpiry, TimeProvider clock, IOptions<JsonOptions> json)
{
    private static readonly Dictionary<ProviderPart, Type> changeTypes = new()
    {
        [ProviderPart.Details] = typeof(DetailsUpdate),
        [ProviderPart.Sites] = typeof(SitesUpdate),
        [ProviderPart.Profile] = typeof(ProfileUpdate),
        [ProviderPart.Assurance] = typeof(AssuranceUpdate),
        [ProviderPart.Document] = typeof(DocumentUpdate),
    };

    /// <summary>200 with the record when applied, 202 with the change request when proposed, 404 if the caller may not see it.</summary>
    public async Task<AppliedOrProposed> ApplyOrProposeAsync(Guid providerId, IProviderChange change, Caller caller, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([providerId], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return TypedResults.NotFound();
        }

        if (caller.Manages(provider))
        {
            await ApplyAsync(provider, change, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()));
        }

        if (!caller.IsProvider(provider))
        {
            throw NotManaged;
        }

        var request = new ChangeRequest
        {
            Id = Guid.CreateVersion7(),
            ProviderId = provider.Id,
            Part = change.Part,
            Proposed = JsonSerializer.Serialize(change, change.GetType(), json.Value.SerializerOptions),
            SubmittedBy = caller.OrganisationId,
            SubmittedAt = clock.GetUtcNow(),
        };
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/directory/change-requests/{request.Id}", ChangeRequestView.From(request));
    }

    /// <summary>Applies a change the directory team made or approved: the record, its document notices and its event.</summary>
    public async Task ApplyAsync(Provider provider, IProviderChange change, CancellationToken cancellationToken)
    {
        change.ApplyTo(provider);
        await RecordUpdateAsync(provider, cancellationToken);
    }

    /// <summary>After any change to a record: re-plan its document notices and tell the other services.</summary>
    public async Task RecordUpdateAsync(Provider provider, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        provider.UpdatedAt = now;
        await documentExpiry.PlanAsync(provider, cancellationToken);
        db.AddIntegrationEvent(ProviderEvents.Updated(provider, now));
    }

    /// <summary>Refused: the caller may read this provider but does not keep its record.</summary>
    public static NotPermittedException NotManaged => new(
        "Only the local authority that keeps this provider's record (and platform admins) change it; other local authorities list it on their own directories and raise concerns; a provider proposes changes to its own; schools and trusts read it.");

    /// <summary>The provider, if the caller manages it; 404 if the caller may not even see it, 403 if only see it.</summary>
    public async Task<Provider?> FindManagedAsync(Guid providerId, Caller caller, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([providerId], cancellationToken);
        if (provider is null || !caller.MaySee(provider))
        {
            return null;
        }

        return caller.Manages(provider) ? provider : throw NotManaged;
    }

    public IProviderChange Proposed(ChangeRequest request) =>
        (IProviderChange)JsonSerializer.Deserialize(request.Proposed, changeTypes[request.Part], json.Value.SerializerOptions)!;
}
