using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// An enum's shared schema lists its values alone. The generator adds null to it when the first use it meets is
/// nullable, though a nullable use already says so around the reference (oneOf null); with null in both, a null
/// matches both branches of that oneOf, which a strict client refuses, and a non-nullable use would accept null.
/// </summary>
internal sealed class EnumsWithoutNull : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Enum is { Count: > 0 } values && (Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type).IsEnum)
        {
            schema.Enum = values.Where(value => value is not null && value.GetValueKind() != JsonValueKind.Null).ToList();
        }

        return Task.CompletedTask;
    }
}
