using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The generator lists null among an enum's values when it first meets the enum as a nullable field, and also gives
/// every nullable use a oneOf with null: a null then matches both branches, which a validating client refuses. Each
/// use says whether it takes null, so the enum itself lists only its values.
/// </summary>
internal sealed class EnumsWithoutNull : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Enum?.Any(IsNull) == true)
            {
                schema.Enum = schema.Enum.Where(value => !IsNull(value)).ToList();
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsNull(JsonNode? value) => value is null || JsonNullSentinel.IsJsonNullSentinel(value);
}
