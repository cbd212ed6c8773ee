using APPlatform.ProviderDirectory.Apis.Requests;
using APPlatform.ProviderDirectory.Apis.Responses;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>The provider just added, as a draft.</summary>
/// <param name="Id">The new provider's id.</param>
public sealed record ProviderCreated(Guid Id);

/// <summary>The provider record: create, read, and update it part by part.</summary>
public static class ProvidersApi
{
    public static RouteGroupBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory/providers").WithTags("Providers");
        var managers = new[] { OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin };

        api.MapPost("/", CreateProvider).WithName(nameof(CreateProvider)).WithSummary("Add a provider to the directory")
            .RequireOrganisationType(managers).WithIdempotencyKey();
        api.MapGet("/{id:guid}", GetProvider).WithName(nameof(GetProvider)).WithSummary("A provider's full record");
        api.MapPut("/{id:guid}/details", UpdateDetails).WithName(nameof(UpdateDetails))
            .WithSummary("Update identity and contacts (a provider's own update goes to review)");
        api.MapPut("/{id:guid}/sites", UpdateSites).WithName(nameof(UpdateSites))
            .WithSummary("Replace the provider's sites (a provider's own update goes to review)");
        api.MapPut("/{id:guid}/profile", UpdateProfile).WithName(nameof(UpdateProfile))
            .WithSummary("Update the provision profile (a provider's own update goes to review)");
        api.MapPut("/{id:guid}/assurances/{type}", UpdateAssurance).WithName(nameof(UpdateAssurance))
            .WithSummary("Record one of the nine directory assurances (a provider's own update goes to review)");
        api.MapPut("/{id:guid}/documents/{type}", UpdateDocument).WithName(nameof(UpdateDocument))
            .WithSummary("Record a checklist document as seen or missing (a provider's own update goes to review)");
        api.MapPut("/{id:guid}/registration", UpdateRegistration).WithName(nameof(UpdateRegistration))
            .WithSummary("Record the provider's registration status as checked on GIAS").RequireOrganisationType(managers);
        api.MapPost("/{id:guid}/inspections", AddInspection).WithName(nameof(AddInspection))
            .WithSummary("Record an Ofsted inspection").RequireOrganisationType(managers).WithIdempotencyKey();
        api.MapDelete("/{id:guid}/inspections/{inspectionId:guid}", RemoveInspection).WithName(nameof(RemoveInspection))
            .WithSummary("Remove an inspection recorded in error").RequireOrganisationType(managers);

        return api;
    }

    /// <summary>The provider, its listing and its ProviderListed event (if listed) commit in one transaction.</summary>
    public static async Task<Results<Created<ProviderCreated>, ValidationProblem>> CreateProvider(
        CreateProviderRequest request, Caller caller, DirectoryDbContext db, ProviderUpdates updates, TimeProvider clock, CancellationToken cancellationToken)
    {
        var localAuthority = caller.OrganisationType == OrganisationType.LocalAuthority ? caller.OrganisationId : request.LocalAuthorityId;
        if (caller.OrganisationType == OrganisationType.LocalAuthority && request.LocalAuthorityId is { } other && other != caller.OrganisationId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["localAuthorityId"] = ["A local authority adds providers to its own directory."],
            });
        }

        var now = clock.GetUtcNow();
        var provider = Provider.Create(Guid.CreateVersion7(now), request.Name.Trim(), request.Status ?? ListingStatus.Listed, caller, localAuthority, now);
        request.Details?.ApplyTo(provider);
        if (request.Sites is { } sites)
        {
            new SitesUpdate(sites).ApplyTo(provider);
        }

        request.Profile?.ApplyTo(provider);
        if (request.Registration is not null)
        {
            provider.Registration = request.Registration.ToModel();
        }

        db.Providers.Add(provider);
        await updates.RecordUpdateAsync(provider, cancellationToken);
        if (ProviderEvents.ForStatus(provider, now) is { } listed)
        {
            db.AddIntegrationEvent(listed);
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/directory/providers/{provider.Id}", new ProviderCreated(provider.Id));
    }

    public static async Task<Results<Ok<ProviderRecord>, NotFound>> GetProvider(
        Guid id, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        return provider is not null && caller.MaySee(provider)
            ? TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()))
            : TypedResults.NotFound();
    }

    public static Task<AppliedOrProposed> UpdateDetails(Guid id, DetailsUpdate request, Caller caller, ProviderUpdates updates, CancellationToken cancellationToken) =>
        updates.ApplyOrProposeAsync(id, request, caller, cancellationToken);

    public static Task<AppliedOrProposed> UpdateSites(Guid id, SitesUpdate request, Caller caller, ProviderUpdates updates, CancellationToken cancellationToken) =>
        updates.ApplyOrProposeAsync(id, request, caller, cancellationToken);

    public static Task<AppliedOrProposed> UpdateProfile(Guid id, ProfileUpdate request, Caller caller, ProviderUpdates updates, CancellationToken cancellationToken) =>
        updates.ApplyOrProposeAsync(id, request, caller, cancellationToken);

    public static async Task<AppliedOrProposed> UpdateAssurance(
        Guid id, string type, AssuranceUpdate request, Caller caller, ProviderUpdates updates, CancellationToken cancellationToken) =>
        EnumNames.TryParse<AssuranceType>(type, out var assurance)
            ? await updates.ApplyOrProposeAsync(id, request with { Type = assurance }, caller, cancellationToken)
            : UnknownType<AssuranceType>(type);

    public static async Task<AppliedOrProposed> UpdateDocument(
        Guid id, string type, DocumentUpdate request, Caller caller, ProviderUpdates updates, CancellationToken cancellationToken) =>
        EnumNames.TryParse<DocumentType>(type, out var document)
            ? await updates.ApplyOrProposeAsync(id, request with { Type = document }, caller, cancellationToken)
            : UnknownType<DocumentType>(type);

    public static async Task<Results<Ok<ProviderRecord>, NotFound>> UpdateRegistration(
        Guid id, RegistrationUpdate request, Caller caller, DirectoryDbContext db, ProviderUpdates updates, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var provider = await updates.FindManagedAsync(id, caller, cancellationToken);
        if (provider is null)
        {
            return TypedResults.NotFound();
        }

        provider.Registration = request.ToModel();
        await updates.RecordUpdateAsync(provider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ProviderRecord.From(provider, caller, clock.TodayInEngland()));
    }

    public static async Task<Results<Created<InspectionView>, NotFound>> AddInspection(
        Guid id, InspectionInput request, Caller caller, DirectoryDbContext db, ProviderUpdates updates, CancellationToken cancellationToken)
    {
        var provider = await updates.FindManagedAsync(id, caller, cancellationToken);
        if (provider is null)
        {
            return TypedResults.NotFound();
        }

        var inspection = request.ToModel();
        provider.AddInspection(inspection);
        await updates.RecordUpdateAsync(provider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/directory/providers/{id}", InspectionView.From(inspection));
    }

    public static async Task<Results<NoContent, NotFound>> RemoveInspection(
        Guid id, Guid inspectionId, Caller caller, DirectoryDbContext db, ProviderUpdates updates, CancellationToken cancellationToken)
    {
        var provider = await updates.FindManagedAsync(id, caller, cancellationToken);
        if (provider is null || !provider.RemoveInspection(inspectionId))
        {
            return TypedResults.NotFound();
        }

        await updates.RecordUpdateAsync(provider, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ValidationProblem UnknownType<T>(string type) where T : struct, Enum =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = [EnumNames.NotOneOf<T>(type)] });
}
