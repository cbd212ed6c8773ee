using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace APPlatform.TestSupport;

/// <summary>
/// Every route that can refuse says how in its OpenAPI document, so a client is written for every answer (issue 15):
/// a change (POST, PUT, PATCH, DELETE) declares 400 or 422, and 401 and 403; a route with an id in its path declares
/// 404; every declared 4xx and 5xx is a Problem. The operations come from the document, so a route added later is held
/// to it without anyone remembering to. A service's test class gives a platform admin's client and its document's path.
/// </summary>
public abstract class ProblemDeclarationTests(HttpClient client, string openApiPath)
{
    private static readonly string[] Changes = ["post", "put", "patch", "delete"];

    [Fact]
    public async Task EveryRouteThatCanRefuseDeclaresItsProblems()
    {
        var document = (await client.GetFromJsonAsync<JsonObject>(openApiPath))!;

        var gaps = Undeclared(document);

        Assert.True(gaps.Count == 0, $"{gaps.Count} undeclared problems in {openApiPath}:\n{string.Join('\n', gaps)}");
    }

    private static List<string> Undeclared(JsonObject document)
    {
        var gaps = new List<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                var responses = operation!["responses"]?.AsObject() ?? [];
                var declared = responses.Select(r => r.Key).ToHashSet();
                if (Changes.Contains(method))
                {
                    gaps.AddRange(!declared.Contains("400") && !declared.Contains("422") ? [$"{name}: neither 400 nor 422"] : []);
                    gaps.AddRange(new[] { "401", "403" }.Where(status => !declared.Contains(status)).Select(status => $"{name}: no {status}"));
                }

                if (path.Contains('{') && !declared.Contains("404"))
                {
                    gaps.Add($"{name}: an id in the path, and no 404");
                }

                gaps.AddRange(responses.Where(r => r.Key[0] is '4' or '5' && r.Value?["content"]?["application/problem+json"] is null)
                    .Select(r => $"{name}: its {r.Key} is not an application/problem+json Problem"));
            }
        }

        return gaps;
    }
}
