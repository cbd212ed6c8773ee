using System.Text.Json.Nodes;
using Json.Schema;

namespace APPlatform.TestSupport.Contracts;

/// <summary>JSON Schema (2020-12) validation as a client's would be: formats checked, each mismatch named by its place.</summary>
public static class SchemaCheck
{
    public static IReadOnlyList<string> Mismatches(JsonNode schema, JsonNode? instance) => Mismatches(JsonSchema.FromText(schema.ToJsonString()), instance);

    public static IReadOnlyList<string> Mismatches(JsonSchema schema, JsonNode? instance)
    {
        var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        // A failed branch under a subschema that held (the other side of a oneOf, say) is not a mismatch.
        var held = results.Details.Where(detail => detail.IsValid).Select(detail => detail.EvaluationPath.ToString()).ToList();
        return results.Details.Where(detail => detail.HasErrors)
            .Where(detail => !held.Any(path => detail.EvaluationPath.ToString().StartsWith(path + "/", StringComparison.Ordinal)))
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key}: {error.Value}")).ToList();
    }
}
