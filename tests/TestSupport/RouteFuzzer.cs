using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace APPlatform.TestSupport;

/// <summary>
/// Sends every operation in a service's OpenAPI document the input an attacker or a careless client would: malformed
/// and oversized ids, wrongly typed and malformed bodies and query values. A service must answer each with a 4xx (or
/// a 2xx where the input happens to be acceptable), never a 5xx. The routes come from the document, so a route added
/// later is fuzzed without anyone remembering to.
/// </summary>
public static class RouteFuzzer
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    private static readonly string[] PathValues = [Guid.Empty.ToString(), Guid.NewGuid().ToString(), "not-an-id", "../../etc/passwd", new string('9', 3000)];

    private static readonly string[] QueryValues = ["not-a-number", "-1", "99999999999999999999", "%00", "2026-02-30", new string('x', 3000)];

    /// <summary>
    /// How many requests were sent; each that answered 5xx as "METHOD url (input): status"; and each kind of 4xx that
    /// was not a complete problem, as "METHOD template status: what it lacks".
    /// </summary>
    public sealed record Report(int Operations, int Sent, IReadOnlyList<string> ServerErrors, IReadOnlyCollection<string> IncompleteProblems)
    {
        /// <summary>Every operation was tried several ways, none answered 5xx, and every 4xx was a complete problem.</summary>
        public void AssertAnsweredWell()
        {
            Assert.True(Operations > 5 && Sent > 5 * Operations, $"only {Sent} requests to {Operations} operations");
            Assert.True(ServerErrors.Count == 0, string.Join('\n', ServerErrors));
            Assert.True(IncompleteProblems.Count == 0, string.Join('\n', IncompleteProblems));
        }
    }

    public static async Task<Report> RunAsync(HttpClient client, string openApiPath)
    {
        var (operations, sent) = (0, 0);
        var document = await client.GetFromJsonAsync<JsonElement>(openApiPath);
        var failures = new List<string>();
        var incomplete = new SortedSet<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                operations++;
                foreach (var (url, body, input) in Requests(document, path.Name, operation.Name, operation.Value))
                {
                    var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url) { Content = body };
                    var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{operation.Name.ToUpperInvariant()} {url[..Math.Min(url.Length, 120)]} ({input}): {(int)response.StatusCode}");
                    }
                    else if ((int)response.StatusCode >= 400 && await ProblemAssert.MissingAsync(response) is { Count: > 0 } missing)
                    {
                        incomplete.Add($"{operation.Name.ToUpperInvariant()} {path.Name} {(int)response.StatusCode}: {string.Join(", ", missing)}");
                    }
                }
            }
        }

        return new Report(operations, sent, failures, incomplete);
    }

    private static IEnumerable<(string Url, HttpContent? Body, string Input)> Requests(JsonElement document, string template, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var declared) ? declared.EnumerateArray().ToList() : [];
        var query = parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList();
        var wellFormed = Fill(template, Guid.NewGuid().ToString());
        var hasBody = operation.TryGetProperty("requestBody", out var requestBody);

        foreach (var value in PathValues)
        {
            yield return (Fill(template, value), hasBody ? Json("{}") : null, $"path value '{value[..Math.Min(value.Length, 20)]}'");
        }

        foreach (var value in QueryValues)
        {
            if (query.Count > 0)
            {
                var queryString = string.Join('&', query.Select(name => $"{name}={Uri.EscapeDataString(value)}"));
                yield return ($"{wellFormed}?{queryString}", hasBody ? Json("{}") : null, $"every query value '{value[..Math.Min(value.Length, 20)]}'");
            }
        }

        if (!hasBody)
        {
            yield break;
        }

        var schema = BodySchema(document, requestBody);
        foreach (var (body, input) in Bodies(document, schema))
        {
            yield return (wellFormed, body, input);
        }
    }

    private static IEnumerable<(HttpContent Body, string Input)> Bodies(JsonElement document, JsonElement? schema)
    {
        yield return (Json("{\"unterminated"), "malformed JSON");
        yield return (Json("null"), "null body");
        yield return (Json("[]"), "an array for an object");
        yield return (Json("\"text\""), "a string for an object");
        yield return (Json(new string('[', 200) + new string(']', 200)), "JSON nested 200 deep");
        yield return (new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"), "a form for JSON");
        yield return (new ByteArrayContent([0xff, 0xfe, 0x00, 0x01]) { Headers = { ContentType = new("application/json") } }, "bytes that are not UTF-8");
        if (Properties(document, schema) is not { Count: > 0 } properties)
        {
            yield break;
        }

        var wrong = new JsonObject();
        var huge = new JsonObject();
        var nulls = new JsonObject();
        foreach (var (name, property) in properties)
        {
            wrong[name] = WrongValue(document, property);
            huge[name] = new string('x', 100_000);
            nulls[name] = null;
        }

        yield return (Json(wrong.ToJsonString()), "every property wrongly typed");
        yield return (Json(huge.ToJsonString()), "every property a 100,000-character string");
        yield return (Json(nulls.ToJsonString()), "every property null");
    }

    /// <summary>A value of another type than the schema says: text for numbers and booleans, a number for text, and so on.</summary>
    private static JsonNode WrongValue(JsonElement document, JsonElement property)
    {
        var resolved = Resolve(document, property);
        var type = resolved.TryGetProperty("type", out var declared)
            ? declared.ValueKind == JsonValueKind.Array ? declared.EnumerateArray().First().GetString() : declared.GetString()
            : "object";
        return type switch
        {
            "string" => JsonValue.Create(12345),
            "integer" or "number" => JsonValue.Create("twelve"),
            "boolean" => JsonValue.Create("perhaps"),
            "array" => new JsonObject { ["not"] = "an array" },
            _ => JsonValue.Create("not an object"),
        };
    }

    private static JsonElement? BodySchema(JsonElement document, JsonElement requestBody) =>
        requestBody.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json) &&
        json.TryGetProperty("schema", out var schema)
            ? Resolve(document, schema)
            : null;

    private static List<(string Name, JsonElement Schema)>? Properties(JsonElement document, JsonElement? schema) =>
        schema is { } s && Resolve(document, s).TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value)).ToList()
            : null;

    /// <summary>Follows a "$ref" to components/schemas (and an anyOf/oneOf's first non-null branch).</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        for (var i = 0; i < 8; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = reference.GetString()!.Split('/').Skip(1).Aggregate(document, (node, part) => node.GetProperty(part));
            }
            else if ((schema.TryGetProperty("anyOf", out var choices) || schema.TryGetProperty("oneOf", out choices)) &&
                     choices.EnumerateArray().FirstOrDefault(c => !(c.TryGetProperty("type", out var t) && t.GetString() == "null")) is { ValueKind: JsonValueKind.Object } first)
            {
                schema = first;
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    private static string Fill(string template, string value) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{[^}]+\}", Uri.EscapeDataString(value));

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");
}
