using System.Text.Json.Nodes;

namespace APPlatform.TestSupport.Contracts;

/// <summary>The checked-in AsyncAPI document, docs/asyncapi.json, read as a subscriber's system would read it.</summary>
public static class AsyncApiFile
{
    public static string Path { get; } = System.IO.Path.Combine(Repository.Root, "docs", "asyncapi.json");

    private static readonly Lazy<JsonNode> Document = new(() => JsonNode.Parse(File.ReadAllText(Path))!);

    /// <summary>Where a body does not match the payload schema of its event type's message, each with the reason.</summary>
    public static IReadOnlyList<string> PayloadMismatches(string eventType, string body) =>
        Mismatches(Document.Value["components"]!["messages"]![eventType]!["payload"]!, JsonNode.Parse(body));

    /// <summary>Where a webhook's headers do not match those the document declares.</summary>
    public static IReadOnlyList<string> HeaderMismatches(string eventType, IReadOnlyDictionary<string, string> headers) =>
        Mismatches(Document.Value["components"]!["messages"]![eventType]!["bindings"]!["http"]!["headers"]!,
            new JsonObject(headers.Select(header => KeyValuePair.Create(header.Key, (JsonNode?)header.Value))));

    public static IReadOnlyList<string> Mismatches(JsonNode schema, JsonNode? instance) => SchemaCheck.Mismatches(schema, instance);
}
