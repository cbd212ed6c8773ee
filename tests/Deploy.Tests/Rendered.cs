using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>Each overlay and the fixture rendered and validated once, for every test that reads them.</summary>
public static class Rendered
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<Manifests>>> Renderings = new();

    /// <summary>The three overlays of deploy/kubernetes/overlays.</summary>
    public static TheoryData<string> Overlays => ["local", "staging", "production"];

    /// <summary>The overlays whose broker is a three-node cluster.</summary>
    public static TheoryData<string> ClusteredOverlays => ["staging", "production"];

    public static Task<Manifests> OverlayAsync(string name) => RenderOnceAsync(Manifests.Overlay(name));

    /// <summary>tests/Deploy.Tests/fixtures/platform: a platform in miniature that meets every check.</summary>
    public static Task<Manifests> FixtureAsync() => RenderOnceAsync(Manifests.Fixture("platform"));

    /// <summary>The fixture with one change, to prove a check fails on it (the objects are not validated again).</summary>
    public static async Task<Manifests> FixtureChangedAsync(Action<List<JsonObject>> change)
    {
        var fixture = await FixtureAsync();
        var objects = fixture.Copy();
        change(objects);
        return fixture with { Objects = objects };
    }

    /// <summary>Fails listing every problem (xunit's Assert.Empty shows only the first few, cut short).</summary>
    public static void AssertNone(IReadOnlyList<string> problems) =>
        Assert.True(problems.Count == 0, $"{problems.Count} problems:\n{string.Join("\n", problems)}");

    public static JsonObject Find(this List<JsonObject> objects, string kind, string name) =>
        objects.Single(o => (string?)o["kind"] == kind && Manifests.Name(o) == name);

    /// <summary>The first container of a Deployment's or Job's pod.</summary>
    public static JsonObject FirstContainer(this JsonObject workload) => workload["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();

    private static Task<Manifests> RenderOnceAsync(string kustomization) =>
        Renderings.GetOrAdd(kustomization, path => new Lazy<Task<Manifests>>(() => Manifests.RenderAsync(path))).Value;
}
