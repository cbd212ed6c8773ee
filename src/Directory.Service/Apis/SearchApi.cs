using APPlatform.ProviderDirectory.Search;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.ProviderDirectory.Apis;

public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/directory/providers").WithTags("Providers");
        api.MapGet("/", SearchProviders).WithName(nameof(SearchProviders))
            .WithSummary("Search the directory by key stage, registration, text, Ofsted outcome, GCSE offer, needs, area or distance, places, LA listing and audit outcome");
        return api;
    }

    public static async Task<Results<Ok<Page<ProviderSummary>>, ValidationProblem>> SearchProviders(
        [AsParameters] SearchQuery query, Caller caller, ProviderSearch search, SearchCache cache, CancellationToken cancellationToken)
    {
        var (filter, errors) = ProviderFilter.Parse(query, caller);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await cache.GetOrComputeAsync(filter, caller, () => search.RunAsync(filter, caller, cancellationToken)));
    }
}
