using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace APPlatform.ServiceDefaults.Apis;

/// <summary>
/// Enum values as the APIs write them in JSON (snake_case, or a [JsonStringEnumMemberName]), so query strings, CSV
/// files and computed fields use the same words as request and response bodies.
/// </summary>
public static class EnumNames
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, object>> byName = new();

    public static string Name<T>(T value) where T : struct, Enum
    {
        var member = typeof(T).GetField(value.ToString())!;
        return member.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }

    /// <summary>Accepts the JSON name or the C# name, ignoring case: "KS4", "requires_improvement", "RequiresImprovement".</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var names = byName.GetOrAdd(typeof(T), _ => Enum.GetValues<T>()
            .SelectMany(v => new[] { (Name: Name(v), Value: (object)v), (Name: v.ToString(), Value: (object)v) })
            .DistinctBy(pair => pair.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(pair => pair.Name, pair => pair.Value, StringComparer.OrdinalIgnoreCase));
        if (text is not null && names.TryGetValue(text.Trim(), out var found))
        {
            value = (T)found;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The error for a value that is not one of <typeparamref name="T"/>'s names, listing them.</summary>
    public static string NotOneOf<T>(string? text) where T : struct, Enum => $"'{text}' is not one of: {List<T>()}.";

    /// <summary>Every accepted name of <typeparamref name="T"/>, for error messages.</summary>
    public static string List<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(Name));
}
