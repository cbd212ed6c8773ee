using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// Every object an overlay renders is one the cluster would accept: built-in kinds by the Kubernetes OpenAPI schema
/// (kubernetes-models 4.5.1, generated from Kubernetes 1.33.0: no release was generated from 1.31) and, for unknown
/// fields, the Kubernetes client's models (<see cref="KnownFields"/>, 1.35's); custom resources by their operators' CRDs
/// (crds/README.md), unknown fields refused; a kind neither knows is refused.
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
    [InlineData("a Deployment's replicas as a word", "Deployment/gateway")]
    [InlineData("a memory limit that is no quantity", "Deployment/directory")]
    [InlineData("a PostgreSQL cluster's instances as a word", "Cluster/postgres")]
    [InlineData("a RabbitMQ cluster with a field its CRD does not have", "RabbitmqCluster/messaging: /spec must NOT have additional properties: replica")]
    [InlineData("a ScaledObject without its target", "ScaledObject/attendance")]
    [InlineData("an ExternalSecret of a version no longer served", "ExternalSecret/platform-secrets: unknown kind")]
    [InlineData("a kind no schema knows", "Widget/gadget: unknown kind")]
    [InlineData("a container field misspelt", "Deployment/gateway: Property 'readinesProbe' not found on type 'k8s.Models.V1Container'")]
    [InlineData("a disruption budget's field misspelt", "PodDisruptionBudget/directory: Property 'minAvailible' not found")]
    public async Task AnObjectTheClusterWouldRefuseIsReported(string change, string problem)
    {
        var changed = (await Rendered.FixtureChangedAsync(Changes[change])).Objects;

        var validated = await Manifests.ValidateAsync(changed);

        Assert.Contains(validated.SchemaProblems, reported => reported.StartsWith(problem, StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> Changes = new()
    {
        ["a Deployment's replicas as a word"] = objects => objects.Find("Deployment", "gateway")["spec"]!["replicas"] = "two",
        ["a memory limit that is no quantity"] = objects => objects.Find("Deployment", "directory").FirstContainer()["resources"]!["limits"]!["memory"] = "lots",
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
}
