using System.Text;
using System.Text.Json;
using APPlatform.AppHost.Orchestration;

namespace APPlatform.AppHost;

/// <summary>What a developer needs once everything is up: each resource, the gateway, and who to sign in as.</summary>
public static class StatusTable
{
    public static string Render(Platform platform, TimeSpan coldStart, string repositoryRoot)
    {
        var rows = platform.Resources
            .SelectMany(resource => resource is ProjectResource { Replicas: > 1 } project
                ? Enumerable.Range(0, project.Replicas).Select(i => (project.InstanceName(i), resource.State, resource.StartupTime, project.Endpoints[i].ToString().TrimEnd('/')))
                : [(resource.Name, resource.State, resource.StartupTime, resource.Target)])
            .ToList();
        var nameWidth = Math.Max(8, rows.Max(r => r.Item1.Length));

        var table = new StringBuilder().AppendLine();
        table.AppendLine($"  {"Resource".PadRight(nameWidth)}  {"State",-8}  {"Started",7}  URL / connection");
        table.AppendLine($"  {new string('-', nameWidth)}  --------  -------  {new string('-', 40)}");
        foreach (var (name, state, startup, target) in rows)
        {
            table.AppendLine($"  {name.PadRight(nameWidth)}  {state,-8}  {(startup is { } s ? $"{s.TotalSeconds:0.0} s" : ""),7}  {target}");
        }

        table.AppendLine().AppendLine($"  All healthy {coldStart.TotalSeconds:0.0} s after start.");
        if (platform.Resources.OfType<ProjectResource>().SingleOrDefault(r => r.Name == "gateway") is { } gateway)
        {
            table.AppendLine($"  Gateway: {gateway.Target}");
            table.Append(DemoClients(repositoryRoot));
        }

        return table.AppendLine("  Ctrl+C stops everything.").ToString();
    }

    /// <summary>Read from the gateway's development configuration, which seeds them, so the list has one source.</summary>
    private static string DemoClients(string repositoryRoot)
    {
        var file = Path.Combine(repositoryRoot, "src", "Gateway", "appsettings.Development.json");
        if (!File.Exists(file))
        {
            return "";
        }

        using var json = JsonDocument.Parse(File.ReadAllText(file));
        if (!json.RootElement.TryGetProperty("Gateway", out var gateway) || !gateway.TryGetProperty("Clients", out var clients))
        {
            return "";
        }

        var list = new StringBuilder("  Demo clients (secret: <client id>-secret):").AppendLine();
        foreach (var client in clients.EnumerateObject())
        {
            var description = client.Value.TryGetProperty("Description", out var d) ? d.GetString() : "";
            list.AppendLine($"    {client.Name,-16} {description}");
        }

        return list.ToString();
    }
}
