using System.Net.Http.Json;
using System.Text.Json.Nodes;
using APPlatform.TestSupport.Contracts;

namespace APPlatform.TestSupport;

/// <summary>
/// A service's OpenAPI document is complete enough to write a client from (issue 12): every request body has an
/// example that is valid against its schema, and every field of a request body or a success response's body, at any
/// depth, and every enum either uses, has a description. The operations come from the document, so a route added later
/// is checked without anyone remembering to.
/// A service's test class gives a platform admin's client and its document's path.
/// </summary>
public abstract class OpenApiCompletenessTests(HttpClient client, string openApiPath)
{
    private const string ComponentPrefix = "#/components/schemas/";

    [Fact]
    public async Task EveryRequestBodyHasAValidExampleAndEveryRequestAndResponseFieldADescription()
    {
        var document = (await client.GetFromJsonAsync<JsonObject>(openApiPath))!;
        var gaps = Gaps(document);

        Assert.True(gaps.Count == 0, $"{gaps.Count} gaps in {openApiPath}:\n{string.Join('\n', gaps)}");
    }

    private static List<string> Gaps(JsonObject document)
    {
        var components = document["components"]?["schemas"]?.AsObject() ?? [];
        var gaps = new List<string>();
        var described = new HashSet<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var name = operation!["operationId"]?.GetValue<string>() ?? $"{method.ToUpperInvariant()} {path}";
                foreach (var (_, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    var schema = content!["schema"]!;
                    gaps.AddRange(content["example"] is { } example
                        ? SchemaCheck.Mismatches(SchemaCheck.FromOpenApi(schema, components), example).Select(error => $"{name}: example at {error}")
                        : [$"{name}: no example (Apis/Examples/{name}.json)"]);
                    gaps.AddRange(Undescribed(schema, name, components, described)
                        .Select(field => $"{name}: {field} has no description"));
                }

                var successes = (operation["responses"]?.AsObject() ?? []).Where(status => status.Key.StartsWith('2'))
                    .SelectMany(status => status.Value?["content"]?.AsObject() ?? []);
                foreach (var (_, content) in successes)
                {
                    gaps.AddRange(Undescribed(content?["schema"], name, components, described)
                        .Select(field => $"{name} response: {field} has no description"));
                }
            }
        }

        return gaps;
    }

    /// <summary>
    /// Each field (as Schema.field) and enum under the schema without a description; a component is visited once a
    /// document, so its gaps are named once, under the first operation that uses it.
    /// </summary>
    private static IEnumerable<string> Undescribed(
        JsonNode? schema, string owner, JsonObject components, HashSet<string> visited)
    {
        if (schema is not JsonObject node)
        {
            yield break;
        }

        if (node["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference[ComponentPrefix.Length..];
            var component = components[name]!.AsObject();
            if (!visited.Add(name))
            {
                yield break;
            }

            if (component.ContainsKey("enum") && !component.ContainsKey("description"))
            {
                yield return $"enum {name}";
            }

            foreach (var field in Undescribed(component, name, components, visited))
            {
                yield return field;
            }
        }

        foreach (var (property, propertySchema) in node["properties"]?.AsObject() ?? [])
        {
            if (!IsDescribed(propertySchema))
            {
                yield return $"{owner}.{property}";
            }
        }

        var nested = (node["properties"]?.AsObject().Select(p => p.Value) ?? [])
            .Concat(new[] { "oneOf", "anyOf", "allOf" }.SelectMany(key => node[key]?.AsArray() ?? []))
            .Append(node["items"])
            .Append(node["additionalProperties"]);
        foreach (var field in nested.SelectMany(child => Undescribed(child, owner, components, visited)))
        {
            yield return field;
        }
    }

    /// <summary>A field whose schema is a reference is described beside the $ref, within its oneOf when it is nullable.</summary>
    private static bool IsDescribed(JsonNode? schema) =>
        schema?["description"] is not null
        || (schema?["oneOf"]?.AsArray().Any(branch => branch?["description"] is not null) ?? false);
}
