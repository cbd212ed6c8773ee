using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace APPlatform.TestSupport.Contracts;

/// <summary>
/// The services' OpenAPI documents, read as a client's author reads them (anonymously, through the gateway), and what
/// an exchange with the API does that they do not say: a route they lack, a request body or a response body that does
/// not match its schema, a status the route does not declare.
/// </summary>
public sealed class OpenApiContract
{
    private static readonly string[] Services = ["directory", "referral", "attendance", "notification"];

    private readonly IReadOnlyList<Operation> operations;
    private readonly ConcurrentDictionary<JsonNode, JsonSchema> schemas = new(ReferenceEqualityComparer.Instance);

    private OpenApiContract(IReadOnlyList<Operation> operations) => this.operations = operations;

    public static async Task<OpenApiContract> LoadAsync(Uri gateway)
    {
        using var anyone = new HttpClient { BaseAddress = gateway };
        var operations = new List<Operation>();
        foreach (var service in Services)
        {
            var document = (await anyone.GetFromJsonAsync<JsonNode>($"/openapi/{service}.json"))!;
            var components = document["components"]?["schemas"];
            foreach (var (path, methods) in document["paths"]!.AsObject())
            {
                foreach (var (method, operation) in methods!.AsObject())
                {
                    operations.Add(new Operation(method.ToUpperInvariant(), path, PathPattern(path), operation!, components));
                }
            }
        }

        return new OpenApiContract(operations);
    }

    /// <summary>Where this exchange departs from the documents, each in words that name the route and the place.</summary>
    public IReadOnlyList<string> Mismatches(HttpMethod method, string path, JsonNode? requestBody, int status, string? mediaType, JsonNode? responseBody)
    {
        // A literal segment wins over a parameter: /api/referrals/pupils is not /api/referrals/{id}.
        var operation = operations.Where(candidate => candidate.Method == method.Method && candidate.Pattern.IsMatch(path))
            .MinBy(candidate => candidate.Path.Count(c => c == '{'));
        if (operation is null)
        {
            return [$"{method} {path} is in no OpenAPI document"];
        }

        var route = $"{method} {operation.Path}";
        var found = new List<string>();
        if (requestBody is not null && operation.Node["requestBody"]?["content"]?["application/json"]?["schema"] is { } requestSchema)
        {
            found.AddRange(Check(requestSchema, operation, requestBody).Select(mismatch => $"{route} request {mismatch}"));
        }

        var declared = operation.Node["responses"]?[status.ToString(CultureInfo.InvariantCulture)];
        if (declared is null)
        {
            found.Add($"{route} answered {status}, which its document does not declare");
        }
        else if (responseBody is not null && mediaType is not null && declared["content"]?[mediaType]?["schema"] is { } responseSchema)
        {
            found.AddRange(Check(responseSchema, operation, responseBody).Select(mismatch => $"{route} {status} response {mismatch}"));
        }

        return found;
    }

    private IReadOnlyList<string> Check(JsonNode schema, Operation operation, JsonNode instance)
    {
        var compiled = schemas.GetOrAdd(schema, _ => SchemaCheck.FromOpenApi(schema, operation.Components));
        return SchemaCheck.Mismatches(compiled, instance);
    }

    // "/api/placements/{id}/start" matches that path with any one segment for {id}.
    private static Regex PathPattern(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template), @"\\\{[^/]+?}", "[^/]+") + "$", RegexOptions.CultureInvariant);

    private sealed record Operation(string Method, string Path, Regex Pattern, JsonNode Node, JsonNode? Components);
}
