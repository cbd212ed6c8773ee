using System.Text.Json.Nodes;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// What every Deployment and Job must meet (the Pod Security Standards' restricted profile, and the probes and sizes
/// a scheduler and an autoscaler need), and what must stand beside every Deployment: a PodDisruptionBudget, and one
/// autoscaler on CPU, an HPA or, for the consumers, a KEDA ScaledObject with a cpu trigger besides its queue's (never
/// both: KEDA makes the HPA of a ScaledObject itself, and two HPAs on one Deployment fight).
/// </summary>
public static class SecurityRules
{
    public static IReadOnlyList<string> Problems(Manifests manifests)
    {
        var problems = new List<string>();
        foreach (var workload in manifests.OfKind("Deployment").Concat(manifests.OfKind("Job")))
        {
            var at = $"{workload["kind"]}/{Manifests.Name(workload)}";
            var pod = workload["spec"]?["template"]?["spec"];
            if (pod is null)
            {
                problems.Add($"{at}: no pod template");
                continue;
            }

            problems.AddRange(PodProblems(manifests, pod).Select(problem => $"{at}: {problem}"));
            if ((string?)workload["kind"] == "Deployment")
            {
                problems.AddRange(ProbeProblems(workload, pod).Select(problem => $"{at}: {problem}"));
                problems.AddRange(CompanionProblems(manifests, workload).Select(problem => $"{at}: {problem}"));
            }
        }

        return problems;
    }

    private static IEnumerable<string> PodProblems(Manifests manifests, JsonNode pod)
    {
        var serviceAccount = manifests.OfKind("ServiceAccount").FirstOrDefault(account => Manifests.Name(account) == ((string?)pod["serviceAccountName"] ?? "default"));
        if (!IsFalse(pod["automountServiceAccountToken"]) && !(pod["automountServiceAccountToken"] is null && IsFalse(serviceAccount?["automountServiceAccountToken"])))
        {
            yield return "the service account token is mounted (automountServiceAccountToken must be false)";
        }

        var containers = Containers(pod).ToList();
        if (containers.Count == 0)
        {
            yield return "no containers";
        }

        foreach (var container in containers)
        {
            var name = $"container {container["name"]}";
            var security = container["securityContext"];
            if (!IsTrue(security?["runAsNonRoot"]) && !IsTrue(pod["securityContext"]?["runAsNonRoot"]))
            {
                yield return $"{name} may run as root (runAsNonRoot)";
            }

            if ((string?)(security?["seccompProfile"] ?? pod["securityContext"]?["seccompProfile"])?["type"] != "RuntimeDefault")
            {
                yield return $"{name} has no RuntimeDefault seccomp profile";
            }

            if (security?["capabilities"]?["drop"]?.AsArray().Any(capability => (string?)capability == "ALL") != true)
            {
                yield return $"{name} keeps capabilities (drop ALL)";
            }

            if (!IsTrue(security?["readOnlyRootFilesystem"]))
            {
                yield return $"{name} can write its root filesystem (readOnlyRootFilesystem)";
            }

            if (!IsFalse(security?["allowPrivilegeEscalation"]))
            {
                yield return $"{name} may escalate privileges (allowPrivilegeEscalation: false)";
            }

            foreach (var side in new[] { "requests", "limits" })
            {
                foreach (var resource in new[] { "cpu", "memory" })
                {
                    if (container["resources"]?[side]?[resource] is null)
                    {
                        yield return $"{name} has no {resource} in its resources' {side}";
                    }
                }
            }
        }
    }

    private static IEnumerable<string> ProbeProblems(JsonObject deployment, JsonNode pod)
    {
        var container = pod["containers"]?.AsArray().FirstOrDefault(c => (string?)c?["name"] == Manifests.Name(deployment));
        if (container is null)
        {
            yield return "no container named as the Deployment";
            yield break;
        }

        if ((string?)container["livenessProbe"]?["httpGet"]?["path"] != "/alive")
        {
            yield return "liveness is not an HTTP GET of /alive";
        }

        if ((string?)container["readinessProbe"]?["httpGet"]?["path"] != "/health")
        {
            yield return "readiness is not an HTTP GET of /health";
        }
    }

    private static IEnumerable<string> CompanionProblems(Manifests manifests, JsonObject deployment)
    {
        var name = Manifests.Name(deployment);
        var podLabels = deployment["spec"]?["template"]?["metadata"]?["labels"]?.AsObject() ?? [];
        bool Selects(JsonNode budget) =>
            budget["spec"]?["selector"]?["matchLabels"]?.AsObject() is { Count: > 0 } wanted
            && wanted.All(label => (string?)podLabels[label.Key] == (string?)label.Value);
        if (!manifests.OfKind("PodDisruptionBudget").Any(Selects))
        {
            yield return "no PodDisruptionBudget selects its pods";
        }

        bool Targets(JsonNode scaler) =>
            (string?)scaler["spec"]?["scaleTargetRef"]?["name"] == name && ((string?)scaler["spec"]?["scaleTargetRef"]?["kind"] ?? "Deployment") == "Deployment";
        var autoscalers = manifests.OfKind("HorizontalPodAutoscaler").Where(Targets).ToList();
        var scaledObjects = manifests.OfKind("ScaledObject").Where(Targets).ToList();
        var onCpu = autoscalers.Any(hpa => hpa["spec"]?["metrics"]?.AsArray().Any(m => (string?)m?["resource"]?["name"] == "cpu") == true)
            || scaledObjects.Any(scaled => scaled["spec"]?["triggers"]?.AsArray().Any(t => (string?)t?["type"] == "cpu") == true);
        if (autoscalers.Count + scaledObjects.Count != 1)
        {
            yield return $"{autoscalers.Count} HorizontalPodAutoscalers and {scaledObjects.Count} ScaledObjects scale it: one must";
        }
        else if (!onCpu)
        {
            yield return "its autoscaler does not scale on CPU";
        }
    }

    private static IEnumerable<JsonNode> Containers(JsonNode pod) =>
        (pod["containers"]?.AsArray() ?? []).Concat(pod["initContainers"]?.AsArray() ?? []).OfType<JsonNode>();

    private static bool IsTrue(JsonNode? value) => value?.GetValueKind() == System.Text.Json.JsonValueKind.True;

    private static bool IsFalse(JsonNode? value) => value?.GetValueKind() == System.Text.Json.JsonValueKind.False;
}
