using System.Text;
using APPlatform.AppHost.Orchestration;

namespace APPlatform.AppHost;

/// <summary>What a developer needs once everything is up: each resource, the gateway, and who to sign in as.</summary>
public static class StatusTable
{
    public static string Render(Platform platform, TimeSpan coldStart, string repositoryRoot)
    {
        var rows = platform.Resources.SelectMany(Rows).ToList();
        var nameWidth = rows.Max(row => row.Name.Length);
        var stateWidth = rows.Max(row => row.State.Length);

        var table = new StringBuilder().AppendLine();
        table.AppendLine($"  {"Resource".PadRight(nameWidth)}  {"State".PadRight(stateWidth)}  {"Healthy in",10}  URL / connection");
        foreach (var (name, state, startup, target) in rows)
        {
            table.AppendLine($"  {name.PadRight(nameWidth)}  {state.PadRight(stateWidth)}  {startup,10}  {target}");
        }

        table.AppendLine().AppendLine($"  Everything healthy {coldStart.TotalSeconds:0.0} s after the AppHost started.");
        if (platform.Resources.Any(resource => resource.Name == PlatformModel.Gateway))
        {
            table.AppendLine($"  Gateway: {platform.GatewayUrl}");
            var clients = DemoClients.Read(repositoryRoot);
            if (clients.Count > 0)
            {
                table.AppendLine("  Demo clients (POST /connect/token; each secret is <client id>-secret):");
                var idWidth = clients.Max(client => client.ClientId.Length);
                foreach (var (clientId, description) in clients)
                {
                    table.AppendLine($"    {clientId.PadRight(idWidth)}  {description}");
                }
            }
        }

        return table.Append("  Ctrl+C stops everything.").ToString();
    }

    /// <summary>One row per resource, or per replica of a replicated project.</summary>
    private static IEnumerable<(string Name, string State, string Startup, string Target)> Rows(Resource resource)
    {
        var state = resource.State.ToString();
        var startup = resource.StartupTime is { } time ? $"{time.TotalSeconds:0.0} s" : "";
        return resource is ExecutableResource { Replicas: > 1 } project
            ? project.Endpoints.Select((endpoint, i) => (project.InstanceName(i), state, startup, endpoint.GetLeftPart(UriPartial.Authority)))
            : [(resource.Name, state, startup, resource.Target)];
    }
}
