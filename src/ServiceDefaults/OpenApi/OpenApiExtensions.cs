using Microsoft.AspNetCore.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>
    /// What makes a service's OpenAPI document (/openapi/&lt;serviceName&gt;.json) complete enough to write a client
    /// from: the bearer scheme every route needs, every problem a route can answer, the Idempotency-Key header where a
    /// POST takes one, and an example for every request body. Each service calls
    /// <c>AddOpenApi(ServiceName, openApi => openApi.AddPlatformTransformers())</c> itself, because the XML comment
    /// generator that turns its doc comments into descriptions covers only the assembly making that call.
    /// </summary>
    public static OpenApiOptions AddPlatformTransformers(this OpenApiOptions openApi)
    {
        openApi.AddDocumentTransformer((document, context, _) =>
        {
            document.Info.Title = $"APPlatform {context.DocumentName} API";
            document.Info.Description = "Called through the gateway with a token from POST /connect/token (client credentials). " +
                "Every problem is an RFC 9457 problem with a correlationId; a POST that creates or changes something takes an " +
                "Idempotency-Key. The journey's calls in order, with their examples: docs/journey.md; the events: docs/asyncapi.json.";
            // No "servers" entry: the document is read through the gateway, and a service's own address is internal.
            document.Servers = [];
            return Task.CompletedTask;
        });
        openApi.AddDocumentTransformer<BearerSecurity>();
        openApi.AddDocumentTransformer<EnumsWithoutNull>();
        openApi.AddDocumentTransformer<ProblemResponses>();
        openApi.AddSchemaTransformer<RequiredMembers>();
        openApi.AddSchemaTransformer<EnumDescriptions>();
        openApi.AddOperationTransformer<ProblemResponses>();
        openApi.AddOperationTransformer<IdempotencyKeyHeader>();
        openApi.AddOperationTransformer<RequestExamples>();
        return openApi;
    }
}
