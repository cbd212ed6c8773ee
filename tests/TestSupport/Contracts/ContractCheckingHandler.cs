using System.Text.Json.Nodes;

namespace APPlatform.TestSupport.Contracts;

/// <summary>
/// Holds every call of a test's client to the OpenAPI documents: an exchange that departs from them fails the test at
/// that call, naming the route and the field. Calls outside the API (tokens, keys, health, the documents) pass as they are.
/// </summary>
public sealed class ContractCheckingHandler(OpenApiContract contract) : DelegatingHandler(new HttpClientHandler())
{
    private static readonly string[] OutsideTheApi = ["/connect/", "/.well-known/", "/health", "/alive", "/openapi/", "/reference"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var requestBody = request.Content is { Headers.ContentType.MediaType: "application/json" } sent
            ? JsonNode.Parse(await sent.ReadAsStringAsync(cancellationToken))
            : null;
        var response = await base.SendAsync(request, cancellationToken);
        if (OutsideTheApi.Any(path.StartsWith))
        {
            return response;
        }

        // Buffered, so the test still reads the body after it has been checked.
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var responseBody = mediaType is "application/json" or "application/problem+json" && response.Content.Headers.ContentLength != 0
            ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))
            : null;
        var mismatches = contract.Mismatches(request.Method, path, requestBody, (int)response.StatusCode, mediaType, responseBody);
        Assert.True(mismatches.Count == 0, "The API departs from its OpenAPI document:\n" + string.Join("\n", mismatches));
        return response;
    }
}
