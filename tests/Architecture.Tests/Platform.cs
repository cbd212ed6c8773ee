using System.Reflection;
using ArchUnitNET.Loader;

namespace APPlatform.Architecture.Tests;

/// <summary>One deployable of the platform: its project (and assembly) name and the namespace its code lives under.</summary>
public sealed record Deployable(string Project, string RootNamespace, Assembly Assembly)
{
    /// <summary>Where its domain model lives: the rules, entities and value objects, in the service's Model folder.</summary>
    public string ModelNamespace => RootNamespace + ".Model";

    public override string ToString() => Project;
}

/// <summary>The platform as built: its services and the shared libraries they may use, loaded once for every rule.</summary>
public static class Platform
{
    /// <summary>What runs on its own. Each may reference the shared libraries, never another of these.</summary>
    public static IReadOnlyList<Deployable> Deployables { get; } =
    [
        new("Directory.Service", "APPlatform.ProviderDirectory", typeof(ProviderDirectory.Infrastructure.DirectoryDbContext).Assembly),
        new("Referral.Service", "APPlatform.Referrals", typeof(Referrals.Infrastructure.ReferralDbContext).Assembly),
        new("Attendance.Service", "APPlatform.Attendance", typeof(Attendance.Infrastructure.AttendanceDbContext).Assembly),
        new("Notification.Service", "APPlatform.Notifications", typeof(Notifications.Infrastructure.NotificationDbContext).Assembly),
        new("Identity.Service", "APPlatform.Identity", typeof(Identity.Infrastructure.IdentityServiceDbContext).Assembly),
        new("Gateway", "APPlatform.Gateway", typeof(Gateway.GatewayOptions).Assembly),
        new("Web", "APPlatform.Web", typeof(Web.WebExtensions).Assembly),
    ];

    /// <summary>The services that keep a domain model (a Model folder).</summary>
    public static IEnumerable<Deployable> WithModels => Deployables.Where(d => d.Assembly.GetTypes().Any(t => t.Namespace?.StartsWith(d.ModelNamespace, StringComparison.Ordinal) == true));

    /// <summary>
    /// What every deployable may reference: the defaults every service is built on, the event contracts, the rules two
    /// services must apply alike (Statutory), and the web design system (the layout and components the web app and the
    /// sign-in pages share).
    /// </summary>
    public static IReadOnlySet<string> SharedLibraries { get; } = new HashSet<string> { "ServiceDefaults", "Contracts", "Statutory", "Web.Design" };

    /// <summary>The one project that references every deployable: it starts them (dev tooling, never deployed itself).</summary>
    public const string Orchestrator = "AppHost";

    public static Assembly Contracts { get; } = typeof(APPlatform.Contracts.IIntegrationEvent).Assembly;

    public static Assembly ServiceDefaults { get; } = typeof(APPlatform.ServiceDefaults.Time.EnglandClock).Assembly;

    public static Assembly Statutory { get; } = typeof(APPlatform.Statutory.Attendance.AttendedSessionCode).Assembly;

    public static ArchUnitNET.Domain.Architecture Architecture { get; } = new ArchLoader()
        .LoadAssemblies([.. Deployables.Select(d => d.Assembly), ServiceDefaults, Contracts, Statutory])
        .Build();

    /// <summary>The repository's root (where APPlatform.sln is), for rules about the projects themselves.</summary>
    public static DirectoryInfo Root { get; } = FindRoot();

    private static DirectoryInfo FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "APPlatform.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"APPlatform.sln not found above {AppContext.BaseDirectory}.");
    }
}
