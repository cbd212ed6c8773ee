using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace APPlatform.ServiceDefaults.Apis;

/// <summary>
/// The platform's JSON conventions, for its REST API and for every body that leaves it (webhooks, broker subscribers'
/// messages): ASP.NET Core's web defaults (camelCase, ISO 8601 dates, no needless escaping: "+00:00", not "\u002B00:00"),
/// enums as snake_case names ("monday", "requires_improvement"), never numbers, and an explicit null for a
/// non-nullable field refused rather than let through.
/// </summary>
public static class PlatformJson
{
    /// <summary>
    /// For bodies written outside an HTTP response, as the API writes its own: what ASP.NET Core's JsonOptions start
    /// from (web defaults, relaxed escaping for content that is not embedded in HTML), configured as the API is.
    /// </summary>
    public static JsonSerializerOptions Options { get; } =
        Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.RespectNullableAnnotations = true;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        return options;
    }
}
