using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>The rules every Deployment and Job meets (SecurityRules), on each overlay, and each one failing when broken.</summary>
public sealed class SecurityRuleTests
{
    [Theory]
    [MemberData(nameof(Rendered.Overlays), MemberType = typeof(Rendered))]
    public async Task EveryDeploymentAndJobOfAnOverlayMeetsTheRules(string overlay)
    {
        var manifests = await Rendered.OverlayAsync(overlay);

        Assert.NotEmpty(manifests.OfKind("Deployment"));
        Rendered.AssertNone(SecurityRules.Problems(manifests));
    }

    [Fact]
    public async Task TheFixtureMeetsTheRules() => Rendered.AssertNone(SecurityRules.Problems(await Rendered.FixtureAsync()));

    [Theory]
    [InlineData("pod may run as root", "Deployment/referral: container referral may run as root (runAsNonRoot)")]
    [InlineData("capabilities kept", "Job/identity-migrate: container identity keeps capabilities (drop ALL)")]
    [InlineData("no seccomp profile", "Deployment/web: container web has no RuntimeDefault seccomp profile")]
    [InlineData("writable root filesystem", "Deployment/gateway: container gateway can write its root filesystem (readOnlyRootFilesystem)")]
    [InlineData("privilege escalation allowed", "Deployment/gateway: container gateway may escalate privileges (allowPrivilegeEscalation: false)")]
    [InlineData("token mounted", "Deployment/attendance: the service account token is mounted (automountServiceAccountToken must be false)")]
    [InlineData("no cpu limit", "Deployment/notification: container notification has no cpu in its resources' limits")]
    [InlineData("liveness elsewhere", "Deployment/directory: liveness is not an HTTP GET of /alive")]
    [InlineData("no readiness", "Deployment/identity: readiness is not an HTTP GET of /health")]
    [InlineData("no disruption budget", "Deployment/web: no PodDisruptionBudget selects its pods")]
    [InlineData("no autoscaler", "Deployment/gateway: 0 HorizontalPodAutoscalers and 0 ScaledObjects scale it: one must")]
    [InlineData("an HPA beside a ScaledObject", "Deployment/referral: 1 HorizontalPodAutoscalers and 1 ScaledObjects scale it: one must")]
    [InlineData("scaled on memory", "Deployment/identity: its autoscaler does not scale on CPU")]
    public async Task ABrokenRuleIsReported(string change, string problem)
    {
        var manifests = await Rendered.FixtureChangedAsync(Changes[change]);

        Assert.Contains(problem, SecurityRules.Problems(manifests));
    }

    private static readonly Dictionary<string, Action<List<JsonObject>>> Changes = new()
    {
        ["pod may run as root"] = objects => Pod(objects, "Deployment", "referral")["securityContext"]!.AsObject().Remove("runAsNonRoot"),
        ["capabilities kept"] = objects => objects.Find("Job", "identity-migrate").FirstContainer()["securityContext"]!.AsObject().Remove("capabilities"),
        ["no seccomp profile"] = objects => Pod(objects, "Deployment", "web")["securityContext"]!.AsObject().Remove("seccompProfile"),
        ["writable root filesystem"] = objects => objects.Find("Deployment", "gateway").FirstContainer()["securityContext"]!["readOnlyRootFilesystem"] = false,
        ["privilege escalation allowed"] = objects => objects.Find("Deployment", "gateway").FirstContainer()["securityContext"]!.AsObject().Remove("allowPrivilegeEscalation"),
        ["token mounted"] = objects => Pod(objects, "Deployment", "attendance")["automountServiceAccountToken"] = true,
        ["no cpu limit"] = objects => objects.Find("Deployment", "notification").FirstContainer()["resources"]!["limits"]!.AsObject().Remove("cpu"),
        ["liveness elsewhere"] = objects => objects.Find("Deployment", "directory").FirstContainer()["livenessProbe"]!["httpGet"]!["path"] = "/health",
        ["no readiness"] = objects => objects.Find("Deployment", "identity").FirstContainer().Remove("readinessProbe"),
        ["no disruption budget"] = objects => objects.Remove(objects.Find("PodDisruptionBudget", "web")),
        ["no autoscaler"] = objects => objects.Remove(objects.Find("HorizontalPodAutoscaler", "gateway")),
        ["an HPA beside a ScaledObject"] = objects =>
        {
            var hpa = objects.Find("HorizontalPodAutoscaler", "gateway").DeepClone().AsObject();
            hpa["metadata"]!["name"] = "referral";
            hpa["spec"]!["scaleTargetRef"]!["name"] = "referral";
            objects.Add(hpa);
        },
        ["scaled on memory"] = objects => objects.Find("HorizontalPodAutoscaler", "identity")["spec"]!["metrics"]![0]!["resource"]!["name"] = "memory",
    };

    private static JsonNode Pod(List<JsonObject> objects, string kind, string name) => objects.Find(kind, name)["spec"]!["template"]!["spec"]!;
}
