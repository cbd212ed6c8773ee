using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using APPlatform.TestSupport;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// The Kubernetes objects an overlay renders to (`kubectl kustomize`), each validated by validate/validate.mjs:
/// built-in kinds against Kubernetes 1.31's OpenAPI definitions in openapi/, custom resources against the CRDs in crds/.
/// </summary>
public sealed record Manifests(IReadOnlyList<JsonObject> Objects, IReadOnlyList<string> SchemaProblems)
{
    private static readonly string Tests = Path.Combine(Repository.Root, "tests", "Deploy.Tests");

    /// <summary>The Kubernetes version the manifests are for (issue 17): its OpenAPI definitions, as crds/README.md says.</summary>
    private static readonly string KubernetesSchema = Path.Combine(Tests, "openapi", "kubernetes-1.31.swagger.json");

    /// <summary>deploy/kubernetes/overlays/&lt;name&gt;.</summary>
    public static string Overlay(string name) => Path.Combine(Repository.Root, "deploy", "kubernetes", "overlays", name);

    /// <summary>tests/Deploy.Tests/fixtures/&lt;name&gt;: manifests that prove each check can pass and fail.</summary>
    public static string Fixture(string name) => Path.Combine(Tests, "fixtures", name);

    public static async Task<Manifests> RenderAsync(string kustomization)
    {
        var (exitCode, rendered, errors) = await RunAsync("kubectl", ["kustomize", kustomization], input: "");
        Assert.True(exitCode == 0, $"kubectl kustomize {kustomization} failed: {errors}");
        return await ValidateAsync(rendered);
    }

    /// <summary>Validates objects as they are (a test's changed copy of rendered ones).</summary>
    public static Task<Manifests> ValidateAsync(IEnumerable<JsonObject> objects) =>
        ValidateAsync(string.Join("---\n", objects.Select(o => o.ToJsonString() + "\n")));

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => (string?)o["kind"] == kind);

    public JsonObject Named(string kind, string name) => OfKind(kind).Single(o => Name(o) == name);

    /// <summary>A deep copy of the objects, for a test to change.</summary>
    public List<JsonObject> Copy() => [.. Objects.Select(o => o.DeepClone().AsObject())];

    public static string Name(JsonNode resource) => (string)resource["metadata"]!["name"]!;

    private static async Task<Manifests> ValidateAsync(string documents)
    {
        var validator = Path.Combine(Tests, "validate");
        var (exitCode, output, errors) = await RunAsync(
            "node", [Path.Combine(validator, "validate.mjs"), Path.Combine(Tests, "crds"), KubernetesSchema], documents, validator);
        Assert.True(exitCode == 0, $"validate.mjs failed: {errors}");
        var result = JsonNode.Parse(output)!;
        List<JsonObject> objects = [.. result["objects"]!.AsArray().Select(o => o!.AsObject())];
        return new Manifests(objects, [.. result["problems"]!.AsArray().Select(p => (string)p!)]);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> args, string input, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = workingDirectory ?? Repository.Root,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(); // no test's token: a rendering is shared by the tests that read it
        return (process.ExitCode, await output, await errors);
    }
}
