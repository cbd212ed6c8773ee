using System.Text.Json.Nodes;
using Json.Schema;

namespace APPlatform.TestSupport.Contracts;

/// <summary>JSON Schema (2020-12) validation as a client's would be: formats checked, each mismatch named by its place.</summary>
public static class SchemaCheck
{
    private const string ComponentPrefix = "#/components/schemas/";

    // One instance for every evaluation: JsonSchema.Net 7.4 rebuilds a schema's cached constraints when it meets new
    // options, and tests evaluating one schema in parallel then get wrong answers (json-everything issue 929).
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    /// <summary>
    /// An OpenAPI 3.1 schema (JSON Schema 2020-12) on its own: the document's components become its $defs, so that
    /// its references resolve.
    /// </summary>
    public static JsonSchema FromOpenApi(JsonNode schema, JsonNode? components) => JsonSchema.FromText(
        $$"""{"allOf":[{{schema.ToJsonString()}}],"$defs":{{components?.ToJsonString() ?? "{}"}}}""".Replace(ComponentPrefix, "#/$defs/"));

    public static IReadOnlyList<string> Mismatches(JsonNode schema, JsonNode? instance) => Mismatches(JsonSchema.FromText(schema.ToJsonString()), instance);

    public static IReadOnlyList<string> Mismatches(JsonSchema schema, JsonNode? instance) =>
        Errors(schema.Evaluate(instance, Options))
            .Distinct().ToList();

    /// <summary>What failed, skipping the failed branches of a oneOf or anyOf that held.</summary>
    private static IEnumerable<string> Errors(EvaluationResults node) => node.IsValid
        ? []
        : (node.Errors ?? new Dictionary<string, string>())
            .Select(error => $"{node.InstanceLocation}: {error.Key}: {error.Value}")
            .Concat(node.HasDetails ? node.Details.SelectMany(Errors) : []);
}
