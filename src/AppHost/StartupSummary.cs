using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace APPlatform.AppHost;

/// <summary>
/// Once every resource is healthy: how long that took, and where to go next (the gateway, the dashboard with its login
/// link, the mail sink, the demo clients), or, for a servers-only run, the servers' connection strings, also written
/// to Platform:EnvFile for a shell to source.
/// </summary>
internal static class StartupSummary
{
    private static readonly TimeSpan StillWaitingAfter = TimeSpan.FromSeconds(90);

    public static void PrintSummaryWhenHealthy(this IDistributedApplicationBuilder builder, PlatformOptions options, string repositoryRoot)
    {
        // Demo clients exist only in development: the gateway refuses to start with them anywhere else.
        var demoClients = builder.Environment.IsDevelopment() ? DemoClients.Read(repositoryRoot) : [];
        builder.Eventing.Subscribe<BeforeStartEvent>((starting, startup) =>
        {
            var stopping = starting.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

            // Taken here, in order with the other start-up handlers: Aspire goes on adding resources (the dashboard) after.
            var checkedResources = starting.Model.Resources.Where(resource => resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _))
                .Select(resource => resource.Name).ToList();
            _ = Task.Run(async () =>
            {
                try
                {
                    await PrintAsync(starting.Services, checkedResources, options, demoClients, stopping);
                }
                catch (Exception exception) when (!stopping.IsCancellationRequested)
                {
                    Console.Error.WriteLine($"  Could not tell when everything was healthy: {exception}");
                }
            }, stopping);
            return Task.CompletedTask;
        });
    }

    private static async Task PrintAsync(
        IServiceProvider services, IReadOnlyList<string> checkedResources, PlatformOptions options, IReadOnlyList<(string ClientId, string Description)> demoClients,
        CancellationToken cancellationToken)
    {
        var model = services.GetRequiredService<DistributedApplicationModel>();
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var started = options.LaunchTime;
        var all = Task.WhenAll(checkedResources.Select(async resource =>
        {
            await notifications.WaitForResourceHealthyAsync(resource, cancellationToken);
            return (Name: resource, After: DateTime.Now - started);
        }));
        if (await Task.WhenAny(all, Task.Delay(StillWaitingAfter, cancellationToken)) != all)
        {
            // The dashboard shows why; this says where to look.
            var waiting = checkedResources
                .Select(resource => notifications.TryGetCurrentState(resource, out var current) ? (Name: resource, current.Snapshot) : (Name: resource, null))
                .Where(resource => resource.Snapshot?.HealthStatus != HealthStatus.Healthy)
                .Select(resource => $"{resource.Name} ({resource.Snapshot?.State?.Text ?? "not started"}, {resource.Snapshot?.HealthStatus?.ToString() ?? "unchecked"})");
            Console.WriteLine($"  Still waiting after {StillWaitingAfter.TotalSeconds:0} s for: {string.Join(", ", waiting)}. The dashboard shows each one's logs.");
        }

        var healthy = await all;

        // When each became healthy shows where start-up time goes: each waits for what it references.
        var summary = new StringBuilder().AppendLine()
            .AppendLine($"  Healthy after: {string.Join(", ", healthy.OrderBy(resource => resource.After).Select(resource => $"{resource.Name} {resource.After.TotalSeconds:0.0} s"))}")
            .AppendLine($"  Everything healthy {healthy.Max(resource => resource.After).TotalSeconds:0.0} s after the AppHost started.");
        var connectionStrings = new List<(string Name, string Value)>();
        foreach (var server in model.Resources.OfType<IResourceWithConnectionString>().Where(resource => ResourceNames.Servers.Contains(resource.Name)))
        {
            connectionStrings.Add((server.Name, await server.GetConnectionStringAsync(cancellationToken) ?? ""));
        }

        if (options.ServersOnly)
        {
            summary.AppendLine("  The servers, for a service run on its own:");
            foreach (var (name, value) in connectionStrings)
            {
                summary.AppendLine($"    ConnectionStrings__{name}='{value}'");
            }
        }
        else
        {
            AppendPlaces(summary, services.GetRequiredService<IConfiguration>(), model, demoClients);
        }

        Console.WriteLine(summary.Append("  Ctrl+C stops everything.").AppendLine());
        if (options.EnvFile is { Length: > 0 } envFile)
        {
            // Written whole, then moved into place: ./test.sh sources it as soon as it exists.
            await File.WriteAllLinesAsync(envFile + ".partial", connectionStrings.Select(server => $"ConnectionStrings__{server.Name}='{server.Value}'"), cancellationToken);
            File.Move(envFile + ".partial", envFile, overwrite: true);
        }
    }

    private static void AppendPlaces(
        StringBuilder summary, IConfiguration configuration, DistributedApplicationModel model,
        IReadOnlyList<(string ClientId, string Description)> clients)
    {
        string? Url(string project) => model.Resources.OfType<ProjectResource>().FirstOrDefault(resource => resource.Name == project)?.GetEndpoint("http").Url;

        summary.AppendLine($"  Gateway:    {Url(ResourceNames.Gateway)}");
        summary.AppendLine($"  Web pages:  {Url(ResourceNames.Gateway)}/  (people sign in here)");
        if (configuration["ASPNETCORE_URLS"]?.Split(';')[0].TrimEnd('/') is { Length: > 0 } dashboard && configuration["AppHost:BrowserToken"] is { } token)
        {
            summary.AppendLine($"  Dashboard:  {dashboard}/login?t={token}  (resources, console and structured logs, traces, metrics)");
        }

        if (Url(ResourceNames.MailSink) is { } mail)
        {
            summary.AppendLine($"  Mail sink:  {mail}  (email the platform sent, delivered to no one)");
        }

        if (clients.Count > 0)
        {
            summary.AppendLine("  Demo clients (POST /connect/token; each secret is <client id>-secret):");
            var width = clients.Max(client => client.ClientId.Length);
            foreach (var (clientId, description) in clients)
            {
                summary.AppendLine($"    {clientId.PadRight(width)}  {description}");
            }

            summary.AppendLine("  Demo people sign in at the web pages with the password applatform-demo: docs/identity.md lists them,");
            summary.AppendLine("    e.g. head@demo-dales.example (headteacher), register@demo-learning.example (provider register staff).");
        }
    }
}
