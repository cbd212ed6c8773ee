using APPlatform.ProviderDirectory.Csv;
using APPlatform.ProviderDirectory.Gias;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ProviderDirectory.Apis;

/// <summary>POST /api/directory/gias-checks: registered providers checked against DfE's Get Information about Schools, on demand.</summary>
public static class GiasApi
{
    /// <summary>
    /// Every platform request's limit (RequestLimits): GIAS's search download of the establishments wanted fits, the
    /// daily file of every establishment does not (the daily check reads that from Gias:ExtractUrl).
    /// </summary>
    public const int MaxExtractBytes = DirectoryCsvApi.MaxImportBytes;

    public static RouteGroupBuilder MapGiasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory").WithTags("Registration check");
        api.MapPost("/gias-checks", CheckGiasRegistrations).WithName(nameof(CheckGiasRegistrations))
            .WithSummary("Check registered providers against a GIAS establishment extract (text/csv): a registration concern for each " +
                "mismatch, GIAS's establishment type for each match")
            .Accepts<string>("text/csv")
            .RequireOrganisationType(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin)
            .WithIdempotencyKey();
        return api;
    }

    /// <summary>A local authority checks the records it keeps; a platform admin every record, or one local authority's.</summary>
    public static async Task<Results<Ok<GiasCheckSummary>, ValidationProblem>> CheckGiasRegistrations(
        HttpRequest request, Caller caller, GiasRegistrationCheck check, CancellationToken cancellationToken, Guid? localAuthorityId = null)
    {
        BoundedText.RequireCsv(request, "GIAS's establishment extract");
        if (caller.OrganisationType == OrganisationType.LocalAuthority && localAuthorityId is { } other && other != caller.OrganisationId)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["localAuthorityId"] = ["A local authority checks the records it keeps."],
            });
        }

        var csv = await BoundedText.ReadAsync(request, MaxExtractBytes, cancellationToken, GiasExtract.Encoding);
        var (extract, problem) = GiasExtract.Read(new StringReader(csv));
        if (extract is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["extract"] = [problem!] });
        }

        var keptBy = caller.OrganisationType == OrganisationType.LocalAuthority ? caller.OrganisationId : localAuthorityId;
        return TypedResults.Ok(await check.CheckAsync(extract, keptBy, cancellationToken));
    }
}
