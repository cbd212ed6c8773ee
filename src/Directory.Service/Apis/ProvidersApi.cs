using System.ComponentModel.DataAnnotations;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ProviderDirectory.Apis;

public sealed record CreateProviderRequest([property: Required, StringLength(CreateProviderRequest.NameMaxLength)] string Name)
{
    public const int NameMaxLength = 200;
}

public sealed record ProviderCreated(Guid Id);

public sealed record ProviderResponse(Guid Id, string Name, DateTimeOffset CreatedAt);

public static class ProvidersApi
{
    public static RouteGroupBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory/providers").WithTags("Providers");

        api.MapPost("/", CreateProvider)
            .WithName(nameof(CreateProvider))
            .WithSummary("Add a provider to the directory")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);

        api.MapGet("/{id:guid}", GetProvider)
            .WithName(nameof(GetProvider))
            .WithSummary("Get a provider's record");

        return api;
    }

    /// <summary>The provider and its ProviderListed event commit in one transaction (the outbox).</summary>
    public static async Task<Created<ProviderCreated>> CreateProvider(
        CreateProviderRequest request, Caller caller, DirectoryDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var provider = new Provider { Id = Guid.CreateVersion7(now), Name = request.Name.Trim(), CreatedAt = now, CreatedBy = caller.OrganisationId };
        db.Providers.Add(provider);
        db.AddIntegrationEvent(new ProviderListed(provider.Id, provider.Name, IsRegistered: false, now));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/directory/providers/{provider.Id}", new ProviderCreated(provider.Id));
    }

    public static async Task<Results<Ok<ProviderResponse>, NotFound>> GetProvider(Guid id, DirectoryDbContext db, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([id], cancellationToken);
        return provider is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new ProviderResponse(provider.Id, provider.Name, provider.CreatedAt));
    }
}
