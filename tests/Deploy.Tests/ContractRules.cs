namespace APPlatform.Deploy.Tests;

/// <summary>
/// The manifests turn the services' deployment switches (src/ServiceDefaults): each database is migrated by a Job,
/// `&lt;service&gt;-migrate`, running the service's image with --migrate-only before the rollout, while the
/// Deployments leave the schema alone; on a clustered broker the queues are quorum queues.
/// </summary>
public static class ContractRules
{
    /// <summary>Every Deployment given a database (ConnectionStrings__&lt;name&gt;db) has its migration Job.</summary>
    public static IReadOnlyList<string> MigrationProblems(Manifests manifests)
    {
        var problems = new List<string>();
        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = Manifests.Name(deployment);
            if (ContainerEnvironment.Container(deployment, name) is not { } container)
            {
                continue; // ModelAgreement says so
            }

            var environment = ContainerEnvironment.Of(manifests, container).Variables;
            var connections = environment.Keys.Where(key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal)).ToList();
            if (!connections.Any(key => key.EndsWith("db", StringComparison.Ordinal)))
            {
                continue;
            }

            if (environment.GetValueOrDefault("Database__MigrateOnStartup") != "false")
            {
                problems.Add($"Deployment {name}: migrates as it starts (Database__MigrateOnStartup must be \"false\")");
            }

            var job = manifests.OfKind("Job").FirstOrDefault(job => Manifests.Name(job) == $"{name}-migrate");
            var migrator = job is null ? null : ContainerEnvironment.Container(job, name) ?? job["spec"]?["template"]?["spec"]?["containers"]?[0];
            if (migrator is null)
            {
                problems.Add($"Deployment {name}: no Job {name}-migrate migrates its database");
                continue;
            }

            if ((string?)migrator["image"] != (string?)container["image"])
            {
                problems.Add($"Job {name}-migrate: runs {migrator["image"]}, not the Deployment's {container["image"]}");
            }

            if (migrator["args"]?.AsArray().Any(arg => (string?)arg == "--migrate-only") != true)
            {
                problems.Add($"Job {name}-migrate: not run with --migrate-only");
            }

            var jobEnvironment = ContainerEnvironment.Of(manifests, migrator).Variables;
            problems.AddRange(connections.Where(key => !jobEnvironment.ContainsKey(key))
                .Select(key => $"Job {name}-migrate: has no {key}, which the program needs to build"));
        }

        return problems;
    }

    /// <summary>Every Deployment given the broker declares its queues as quorum queues.</summary>
    public static IReadOnlyList<string> QuorumQueueProblems(Manifests manifests) =>
        [.. manifests.OfKind("Deployment")
            .Select(deployment => (Name: Manifests.Name(deployment), Container: ContainerEnvironment.Container(deployment, Manifests.Name(deployment))))
            .Where(d => d.Container is not null)
            .Select(d => (d.Name, Environment: ContainerEnvironment.Of(manifests, d.Container!).Variables))
            .Where(d => d.Environment.ContainsKey("ConnectionStrings__messaging") && d.Environment.GetValueOrDefault("Messaging__QuorumQueues") != "true")
            .Select(d => $"Deployment {d.Name}: its queues would be classic (Messaging__QuorumQueues must be \"true\")")];
}
