using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// A field is required where the API requires it: [Required] (which validation enforces) or a C# required member. The
/// generator would also list every positional record parameter, which the API does not require (an omitted one is
/// null, or its default), so a client written from the document would send fields it need not.
/// </summary>
internal sealed class RequiredMembers : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
        {
            schema.Required = context.JsonTypeInfo.Properties
                .Where(property => property.IsRequired || property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true)
                .Select(property => property.Name)
                .ToHashSet();
        }

        return Task.CompletedTask;
    }
}
