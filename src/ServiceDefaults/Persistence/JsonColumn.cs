using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Stores a descriptive part of a record (contacts, checklists, history, answers, a plan) as one jsonb column:
/// it is read and written whole and never searched inside, so a document beats a dozen tables. Changes are detected by
/// comparing the serialised JSON.
/// </summary>
public static class JsonColumn
{
    private static readonly JsonSerializerOptions json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static PropertyBuilder<T> AsJsonColumn<T>(this PropertyBuilder<T> property)
        where T : class? =>
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, json),
            text => JsonSerializer.Deserialize<T>(text, json)!,
            new ValueComparer<T>(
                (left, right) => JsonSerializer.Serialize(left, json) == JsonSerializer.Serialize(right, json),
                value => JsonSerializer.Serialize(value, json).GetHashCode(),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, json), json)!));
}
