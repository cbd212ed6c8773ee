using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// Every object an overlay renders is one a Kubernetes 1.31 cluster would accept: built-in kinds by 1.31's OpenAPI
/// definitions, custom resources by their operators' CRDs (both in crds/README.md), unknown fields refused as strict
/// field validation refuses them; a kind neither knows is refused.
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(Rendered.Overlays), MemberType = typeof(Rendered))]
    public async Task EveryObjectAnOverlayRendersIsValid(string overlay)
    {
        var manifests = await Rendered.OverlayAsync(overlay);

        Assert.NotEmpty(manifests.Objects);
        Rendered.AssertNone(manifests.SchemaProblems);
    }

    [Fact]
    public async Task TheFixtureIsValid()
    {
        var fixture = await Rendered.FixtureAsync();

        Assert.Equal(34, fixture.Objects.Count);
        Rendered.AssertNone(fixture.SchemaProblems);
    }

    [Theory]
    [InlineData("a Deployment's replicas as a word", "Deployment/gateway: /spec/replicas must be integer")]
    [InlineData("a memory limit that is no quantity", "Deployment/directory: /spec/template/spec/containers/0/resources/limits/memory must match a schema in anyOf")]
    [InlineData("a rolling update's surge as a fraction", "Deployment/gateway: /spec/strategy/rollingUpdate/maxSurge must match a schema in anyOf")]
    [InlineData("a container without its name", "Deployment/gateway: /spec/template/spec/containers/0 must have required property 'name'")]
    [InlineData("a pod's own resources, which came in Kubernetes 1.32", "Deployment/gateway: /spec/template/spec must NOT have additional properties: resources")]
    [InlineData("a PostgreSQL cluster's instances as a word", "Cluster/postgres")]
    [InlineData("a RabbitMQ cluster with a field its CRD does not have", "RabbitmqCluster/messaging: /spec must NOT have additional properties: replica")]
    [InlineData("a ScaledObject without its target", "ScaledObject/attendance")]
    [InlineData("an ExternalSecret of a version no longer served", "ExternalSecret/platform-secrets: unknown kind")]
    [InlineData("a kind no schema knows", "Widget/gadget: unknown kind")]
    [InlineData("a container field misspelt", "Deployment/gateway: /spec/template/spec/containers/0 must NOT have additional properties: readinesProbe")]
    [InlineData("a disruption budget's field misspelt", "PodDisruptionBudget/directory: /spec must NOT have additional properties: minAvailible")]
    public async Task AnObjectTheClusterWouldRefuseIsReported(string change, string problem)
    {
        var changed = (await Rendered.FixtureChangedAsync(Changes[change])).Objects;

        var validated = await Manifests.ValidateAsync(changed);

        Assert.Contains(validated.SchemaProblems, reported => reported.StartsWith(problem, StringComparison.Ordinal));
    }

    /// <summary>What the API server's decoding takes beyond the schema's plain types is not refused here either.</summary>
    [Theory]
    [InlineData("a CPU request as a number")]
    [InlineData("a rolling update's surge as a percentage")]
    [InlineData("a field set to null")]
    public async Task AnObjectTheClusterWouldAcceptIsNotReported(string change)
    {
        var changed = (await Rendered.FixtureChangedAsync(Changes[change])).Objects;

        var validated = await Manifests.ValidateAsync(changed);

        Rendered.AssertNone(validated.SchemaProblems);
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> Changes = new()
    {
        ["a Deployment's replicas as a word"] = objects => objects.Find("Deployment", "gateway")["spec"]!["replicas"] = "two",
        ["a memory limit that is no quantity"] = objects => objects.Find("Deployment", "directory").FirstContainer()["resources"]!["limits"]!["memory"] = "lots",
        ["a rolling update's surge as a fraction"] = objects => objects.Find("Deployment", "gateway")["spec"]!["strategy"] = Surge(1.5),
        ["a rolling update's surge as a percentage"] = objects => objects.Find("Deployment", "gateway")["spec"]!["strategy"] = Surge("25%"),
        ["a container without its name"] = objects => objects.Find("Deployment", "gateway").FirstContainer().Remove("name"),
        // PodSpec.resources (pod-level resources, KEP 2837) is in Kubernetes 1.32's API, not 1.31's.
        ["a pod's own resources, which came in Kubernetes 1.32"] = objects =>
            objects.Find("Deployment", "gateway")["spec"]!["template"]!["spec"]!["resources"] = new JsonObject { ["limits"] = new JsonObject { ["cpu"] = "2" } },
        ["a CPU request as a number"] = objects => objects.Find("Deployment", "gateway").FirstContainer()["resources"]!["requests"]!["cpu"] = 0.5,
        ["a field set to null"] = objects => objects.Find("Deployment", "gateway")["metadata"]!["creationTimestamp"] = null,
        ["a PostgreSQL cluster's instances as a word"] = objects => objects.Find("Cluster", "postgres")["spec"]!["instances"] = "three",
        ["a RabbitMQ cluster with a field its CRD does not have"] = objects =>
        {
            var spec = objects.Find("RabbitmqCluster", "messaging")["spec"]!.AsObject();
            spec.Remove("replicas");
            spec["replica"] = 3;
        },
        ["a ScaledObject without its target"] = objects => objects.Find("ScaledObject", "attendance")["spec"]!.AsObject().Remove("scaleTargetRef"),
        ["an ExternalSecret of a version no longer served"] = objects => objects.Find("ExternalSecret", "platform-secrets")["apiVersion"] = "external-secrets.io/v1beta1",
        ["a container field misspelt"] = objects =>
        {
            var container = objects.Find("Deployment", "gateway").FirstContainer();
            container["readinesProbe"] = container["readinessProbe"]!.DeepClone();
        },
        ["a disruption budget's field misspelt"] = objects => objects.Find("PodDisruptionBudget", "directory")["spec"]!["minAvailible"] = 1,
        ["a kind no schema knows"] = objects => objects.Add(new JsonObject
        {
            ["apiVersion"] = "example.com/v1",
            ["kind"] = "Widget",
            ["metadata"] = new JsonObject { ["name"] = "gadget" },
        }),
    };

    private static JsonObject Surge(JsonNode maxSurge) =>
        new() { ["type"] = "RollingUpdate", ["rollingUpdate"] = new JsonObject { ["maxSurge"] = maxSurge } };
}
