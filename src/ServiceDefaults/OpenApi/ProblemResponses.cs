using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// Every problem a route can answer, each an RFC 9457 problem (type, title, status, detail, correlationId; errors by
/// field for a validation 400). Which apply follows from the route's shape: anything it reads can be invalid, an id
/// can name nothing the caller may see, a body can be too large or not JSON, and a change can break a rule. Registered
/// as both transformers: the operations refer to the Problem schema, which the document gets once.
/// </summary>
internal sealed class ProblemResponses : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    private const string ProblemSchema = "Problem";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var method = context.Description.HttpMethod ?? "GET";
        var takesInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null;
        var changes = !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method);
        var document = context.Document!;
        operation.Responses ??= new OpenApiResponses();
        Add(operation, document, takesInput, StatusCodes.Status400BadRequest,
            "The request is not valid: `errors` names each field and what is wrong with it, or `detail` says what is.");
        Add(operation, document, true, StatusCodes.Status401Unauthorized, "No access token, or one that is invalid or expired.");
        Add(operation, document, true, StatusCodes.Status403Forbidden,
            "The token lacks this API's scope, or the caller's organisation may not do this.");
        Add(operation, document, context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path"), StatusCodes.Status404NotFound,
            "No record with this id that the caller may see (a record of another organisation answers 404, so its existence does not leak).");
        Add(operation, document, changes, StatusCodes.Status409Conflict,
            "The record's state does not allow this now (`detail` gives the rule), it was changed by someone else meanwhile, " +
            "or a request with the same Idempotency-Key is still running (retry after Retry-After).");
        Add(operation, document, operation.RequestBody is not null, StatusCodes.Status413PayloadTooLarge, "The body is larger than the platform takes.");
        Add(operation, document, operation.RequestBody is not null, StatusCodes.Status415UnsupportedMediaType, "The body is not sent as application/json.");
        Add(operation, document, changes, StatusCodes.Status422UnprocessableEntity,
            "The request is well formed but breaks a rule (`detail` gives the rule and its source), or reuses an Idempotency-Key for a different request.");
        Add(operation, document, true, StatusCodes.Status429TooManyRequests, "Too many requests from this client: wait as Retry-After says.");
        Add(operation, document, true, StatusCodes.Status503ServiceUnavailable,
            "A storage or messaging dependency is unavailable. Nothing was changed; retry after Retry-After.");
        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiDocument document, bool applies, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A status the route declares itself applies whatever its shape (a register naming a placement the provider lacks is a 404).
        if (!applies && !operation.Responses!.ContainsKey(key))
        {
            return;
        }

        // One shape for every problem, the route's own validation 400 included: Problem has its errors by field.
        operation.Responses![key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        };
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem. Every 4xx and 5xx the platform answers has this shape.",
            Required = new HashSet<string> { "type", "title", "status", "detail", "correlationId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI naming the kind of problem (the RFC section of the status)."),
                ["title"] = Text("The status's short name, e.g. Conflict."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
                ["detail"] = Text("What is wrong with this request, in words a person can act on."),
                ["correlationId"] = Text("Quote it when asking for help: it finds the request in the platform's logs and traces."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "For a validation 400: what is wrong with each field, by the field's name.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
        return Task.CompletedTask;
    }
}
