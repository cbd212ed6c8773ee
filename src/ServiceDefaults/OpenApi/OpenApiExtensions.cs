using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// The service's OpenAPI document (/openapi/&lt;serviceName&gt;.json): complete enough to write a client from, with
    /// the bearer scheme every route needs, every problem a route can answer, the Idempotency-Key header where a POST
    /// takes one, and an example for every request body.
    /// </summary>
    public static IServiceCollection AddPlatformOpenApi(this IServiceCollection services, string serviceName) =>
        services.AddOpenApi(serviceName, openApi =>
        {
            // No "servers" entry: the document is read through the gateway, and a service's own address is internal.
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers = [];
                return Task.CompletedTask;
            });
            openApi.AddDocumentTransformer<BearerSecurity>();
            openApi.AddSchemaTransformer<RequiredMembers>();
            openApi.AddSchemaTransformer<EnumsWithoutNull>();
            openApi.AddOperationTransformer<ProblemResponses>();
            openApi.AddOperationTransformer<IdempotencyKeyHeader>();
            openApi.AddOperationTransformer<RequestExamples>();
        });
}
