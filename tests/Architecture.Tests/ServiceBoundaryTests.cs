using System.Xml.Linq;

namespace APPlatform.Architecture.Tests;

/// <summary>
/// No service references another's project: services talk over HTTP and RabbitMQ (events in Contracts), so each can be
/// changed, deployed and scaled alone. A deployable references the shared libraries only; only the AppHost, which
/// starts them all in development, references them.
/// </summary>
public sealed class ServiceBoundaryTests
{
    public static TheoryData<string> Projects => new(
        Platform.Root.GetDirectories("src").Single().GetFiles("*.csproj", SearchOption.AllDirectories)
            .Select(project => Path.GetFileNameWithoutExtension(project.Name))
            .Where(project => project != Platform.Orchestrator)
            .Order());

    public static TheoryData<string> Deployables => new(Platform.Deployables.Select(d => d.Project));

    [Theory]
    [MemberData(nameof(Projects))]
    public void AProjectReferencesNoProjectButTheSharedLibraries(string project) =>
        Assert.DoesNotContain(ProjectReferencesOf(project), name => !Platform.SharedLibraries.Contains(name));

    /// <summary>The check reads what it should: the AppHost, the one project allowed to, references every service.</summary>
    [Fact]
    public void TheCheckSeesAProjectReference() =>
        Assert.Superset(Platform.Deployables.Select(d => d.Project).ToHashSet(), ProjectReferencesOf(Platform.Orchestrator).ToHashSet());

    [Theory]
    [MemberData(nameof(Deployables))]
    public void ABuiltServiceUsesNoOtherServicesCode(string project)
    {
        var service = Platform.Deployables.Single(d => d.Project == project);
        var others = Platform.Deployables.Where(d => d != service).Select(d => d.Assembly.GetName().Name).ToHashSet();

        Assert.DoesNotContain(service.Assembly.GetReferencedAssemblies(), referenced => others.Contains(referenced.Name));
    }

    private static List<string> ProjectReferencesOf(string project)
    {
        var file = Platform.Root.GetDirectories("src").Single().GetFiles(project + ".csproj", SearchOption.AllDirectories).Single();
        return XDocument.Load(file.FullName).Descendants("ProjectReference")
            .Select(reference => Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
    }

    [Fact]
    public void TheSharedLibrariesUseNoServicesCode()
    {
        var services = Platform.Deployables.Select(d => d.Assembly.GetName().Name).ToHashSet();

        Assert.DoesNotContain(new[] { Platform.ServiceDefaults, Platform.Contracts, Platform.Statutory }.SelectMany(library => library.GetReferencedAssemblies()), referenced => services.Contains(referenced.Name));
    }
}
