using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace APPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The example of a route's request body: the file Apis/Examples/&lt;operation id&gt;.json of the service that maps the
/// route, embedded in its assembly (Directory.Build.props). The contract tests check that every body has one and that
/// each is valid against its schema.
/// </summary>
internal sealed class RequestExamples : IOpenApiOperationTransformer
{
    public const string ResourcePrefix = "openapi-examples/";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        if (operation.RequestBody?.Content is not { } contents || operation.OperationId is null || handler?.DeclaringType is null)
        {
            return;
        }

        await using var file = handler.DeclaringType.Assembly.GetManifestResourceStream($"{ResourcePrefix}{operation.OperationId}.json");
        if (file is null)
        {
            return;
        }

        var example = await JsonNode.ParseAsync(file, cancellationToken: cancellationToken);
        foreach (var content in contents.Values.OfType<OpenApiMediaType>())
        {
            content.Example = example?.DeepClone();
        }
    }
}
