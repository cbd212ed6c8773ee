using APPlatform.ProviderDirectory.Csv;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>Loading a directory from an LA's spreadsheet, and the listed directory as one.</summary>
public static class DirectoryCsvApi
{
    public const int MaxImportBytes = 1024 * 1024;

    public static RouteGroupBuilder MapDirectoryCsvApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Import and export");

        api.MapPost("/imports", ImportDirectory).WithName(nameof(ImportDirectory))
            .WithSummary("Load providers from CSV (text/csv) onto a local authority's directory; answers a report of each row")
            .Accepts<string>("text/csv")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin)
            .WithIdempotencyKey();
        api.MapGet("/exports/providers.csv", ExportDirectory).WithName(nameof(ExportDirectory)).Produces<string>(contentType: "text/csv")
            .WithSummary("The listed directory as CSV (optionally one local authority's), in the import's columns")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin);

        return api;
    }

    public static async Task<Results<Ok<ImportReport>, ValidationProblem>> ImportDirectory(
        HttpRequest request, Caller caller, DirectoryImport import, CancellationToken cancellationToken, Guid? localAuthorityId = null)
    {
        BoundedText.RequireCsv(request, "the directory");

        var directory = caller.OrganisationType == OrganisationType.LocalAuthority ? caller.OrganisationId : localAuthorityId;
        if (directory is null || (caller.OrganisationType == OrganisationType.LocalAuthority && localAuthorityId is { } other && other != caller.OrganisationId))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["localAuthorityId"] = [caller.OrganisationType == OrganisationType.LocalAuthority
                    ? "A local authority imports onto its own directory."
                    : "Name the local authority whose directory the providers go on."],
            });
        }

        var csv = await BoundedText.ReadAsync(request, MaxImportBytes, cancellationToken);
        return TypedResults.Ok(await import.ImportAsync(csv, caller, directory.Value, cancellationToken));
    }

    public static async Task<FileContentHttpResult> ExportDirectory(DirectoryDbContext db, CancellationToken cancellationToken, Guid? localAuthority = null)
    {
        var providers = db.Providers.AsNoTracking().Where(p => p.Status == ListingStatus.Listed);
        if (localAuthority is { } la)
        {
            providers = providers.Where(p => p.LocalAuthorityListings.Any(l => l.LocalAuthorityId == la));
        }

        var csv = DirectoryExport.ToCsv(await providers.OrderBy(p => p.Name).ToListAsync(cancellationToken));
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", "directory.csv");
    }
}
