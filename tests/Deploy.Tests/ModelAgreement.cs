using System.Text.RegularExpressions;

namespace APPlatform.Deploy.Tests;

/// <summary>
/// The manifests run what the AppHost runs: a Deployment for each project, named as its resource, whose container
/// (named the same) is given the names of the environment variables the AppHost gives the project (connection strings,
/// service discovery, tokens...). Values may differ: secrets come from Secrets, addresses are in-cluster.
/// </summary>
public static partial class ModelAgreement
{
    /// <summary>Names the AppHost gives that a cluster does not need, or gives in its own way; left out on both sides.</summary>
    public static readonly IReadOnlyList<(Regex Names, string Why)> LocalOnly =
    [
        (OpenTelemetry(), "Aspire's OpenTelemetry settings for its dashboard; a cluster's collector is the overlay's business"),
        (ListeningAddress(), "the port DCP gives a process locally; a container listens on its image's ASPNETCORE_HTTP_PORTS"),
        (AspireAddress(), "Aspire 13's second form of a reference's address, which nothing reads (the services read services__<name>__http__0)"),
    ];

    /// <summary>Names only the cluster gives, each a switch a deployment turns.</summary>
    public static readonly IReadOnlyDictionary<string, string> DeploymentOnly = new Dictionary<string, string>
    {
        ["Database__MigrateOnStartup"] = "false in the cluster: the <service>-migrate Job migrates before a rollout",
        ["Messaging__QuorumQueues"] = "true where the broker is a cluster (staging, production)",
        ["Telemetry__TraceSampleRatio"] = "a share of requests traced under a cluster's traffic; locally every one, for the dashboard",
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "behind the cluster's ingress, which sets X-Forwarded-*; locally nothing stands in front of the gateway",
    };

    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, IReadOnlySet<string>> model, Manifests manifests)
    {
        var problems = new List<string>();
        var deployments = manifests.OfKind("Deployment").ToDictionary(Manifests.Name);
        problems.AddRange(model.Keys.Except(deployments.Keys).Order().Select(name => $"the AppHost runs {name}; no Deployment does"));
        problems.AddRange(deployments.Keys.Except(model.Keys).Order().Select(name => $"Deployment {name} runs no project of the AppHost"));

        foreach (var (name, modelNames) in model.Where(project => deployments.ContainsKey(project.Key)))
        {
            if (ContainerEnvironment.Container(deployments[name], name) is not { } container)
            {
                problems.Add($"Deployment {name}: no container named {name}");
                continue;
            }

            var environment = ContainerEnvironment.Of(manifests, container);
            problems.AddRange(environment.Unreadable.Select(problem => $"Deployment {name}: {problem}"));
            var given = Compared(environment.Variables.Keys).Except(DeploymentOnly.Keys).ToHashSet();
            var expected = Compared(modelNames).ToHashSet();
            problems.AddRange(expected.Except(given).Order().Select(variable => $"Deployment {name}: {variable}, which the AppHost gives it, is missing"));
            problems.AddRange(given.Except(expected).Order().Select(variable => $"Deployment {name}: {variable} is not a name the AppHost gives it"));
        }

        return problems;
    }

    private static IEnumerable<string> Compared(IEnumerable<string> names) =>
        names.Where(variable => !LocalOnly.Any(local => local.Names.IsMatch(variable)));

    [GeneratedRegex("^OTEL_")]
    private static partial Regex OpenTelemetry();

    [GeneratedRegex("^(ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|HTTP_PORTS)$")]
    private static partial Regex ListeningAddress();

    [GeneratedRegex("^[A-Z]+_HTTPS?$")]
    private static partial Regex AspireAddress();
}
