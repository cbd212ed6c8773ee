using APPlatform.ServiceDefaults.Idempotency;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>Documents the Idempotency-Key header on the routes that take one (<see cref="IdempotencyExtensions.WithIdempotencyKey"/>).</summary>
internal sealed class IdempotencyKeyHeader : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyMetadata>().FirstOrDefault() is { } metadata)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = IdempotencyFilter.HeaderName,
                In = ParameterLocation.Header,
                Required = metadata.Required,
                Description = "Any unique string of 1 to 200 printable ASCII characters, chosen by the client for this request and sent " +
                    "again unchanged on every retry of it: the request then has its effect once, and a retry gets the first answer " +
                    "(with Idempotent-Replayed: true). The same key with a different body is a 422.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength },
            });
        }

        return Task.CompletedTask;
    }
}
