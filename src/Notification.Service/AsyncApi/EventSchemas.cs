using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Xml.Linq;
using APPlatform.Contracts;

namespace APPlatform.Notifications.AsyncApi;

/// <summary>
/// JSON Schemas of the contracts as System.Text.Json writes them with given options, so a schema follows the wire,
/// described with the contracts' own XML documentation (their summaries and &lt;param&gt; comments).
/// </summary>
internal static class EventSchemas
{
    private static readonly Dictionary<string, XElement> Docs = XDocument
        .Load(Path.ChangeExtension(typeof(IIntegrationEvent).Assembly.Location, ".xml"))
        .Descendants("member").ToDictionary(member => member.Attribute("name")!.Value);

    /// <summary>
    /// Exports from a copy: the exporter freezes its options, and these may be a serializer's own, still being configured.
    /// </summary>
    public static JsonNode For(Type type, JsonSerializerOptions options)
    {
        var copy = new JsonSerializerOptions(options);
        copy.MakeReadOnly(populateMissingResolver: true);
        return copy.GetJsonSchemaAsNode(type,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Describe });
    }

    public static string Summary(Type type) => Text(Member(type)?.Element("summary")) ?? type.Name;

    /// <summary>
    /// Every field is written (a null as null) and no other, so each object requires all its properties and allows no
    /// more: a withheld field that leaked, or a field added without the document, fails validation.
    /// </summary>
    public static JsonNode Closed(JsonNode schema)
    {
        if (schema["properties"] is JsonObject properties)
        {
            schema["required"] = new JsonArray([.. properties.Select(property => JsonValue.Create(property.Key))]);
            schema["additionalProperties"] = false;
            foreach (var (_, property) in properties)
            {
                Closed(property!);
            }
        }

        if (schema["items"] is JsonObject items)
        {
            Closed(items);
        }

        return schema;
    }

    private static JsonNode Describe(JsonSchemaExporterContext context, JsonNode schema)
    {
        var description = context.PropertyInfo?.AttributeProvider is PropertyInfo property
            ? Text(Member(property.DeclaringType!)?.Elements("param")
                .FirstOrDefault(param => param.Attribute("name")?.Value == property.Name))
            : null;
        description ??= Text(Member(context.TypeInfo.Type)?.Element("summary"));
        if (description is not null && schema is JsonObject obj)
        {
            obj.Insert(0, "description", description);
        }

        return schema;
    }

    private static XElement? Member(Type type) => Docs.GetValueOrDefault("T:" + type.FullName);

    /// <summary>The comment on one line, a &lt;paramref&gt; written as the field's JSON name.</summary>
    private static string? Text(XElement? element) => element is null ? null : string.Join(' ', string.Concat(
        element.Nodes().Select(node => node switch
        {
            XElement reference => JsonNamingPolicy.CamelCase.ConvertName(reference.Attribute("name")?.Value ?? reference.Value),
            XText text => text.Value,
            _ => "",
        })).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
