using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The descriptions of enums the XML comment generator misses. It looks a type's doc comment up by the schema's type,
/// which for a nullable field is Nullable&lt;TEnum&gt;, so such a schema takes the enum's own description; and
/// System.DayOfWeek has no doc comment in any project.
/// </summary>
internal sealed class EnumDescriptions : IOpenApiSchemaTransformer
{
    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        if (schema.Description is not null || !enumType.IsEnum)
        {
            return;
        }

        schema.Description = enumType == typeof(DayOfWeek)
            ? "A day of the week, monday to sunday; a school timetable's days are monday to friday."
            : enumType != type ? (await context.GetOrCreateSchemaAsync(enumType, cancellationToken: cancellationToken)).Description
            : null;
    }
}
