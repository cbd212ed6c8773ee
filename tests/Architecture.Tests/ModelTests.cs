using ArchUnitNET.Domain;

namespace APPlatform.Architecture.Tests;

/// <summary>
/// The model (each service's Model folder: its rules, entities and value objects) references neither the APIs nor EF
/// Core, so a rule can be read, and tested in memory, without HTTP or a database.
/// <list type="bullet">
/// <item>The APIs: the service's own Apis namespace, and ASP.NET Core's HTTP surface (Http, Mvc, Routing, Builder,
/// OpenApi). Not ASP.NET Core Identity, whose user type the identity service's model builds on (it is no HTTP API, and
/// references no EF Core), nor ServiceDefaults' EnumNames, which only spells enum values as the JSON does.</item>
/// <item>EF Core: Microsoft.EntityFrameworkCore, and the service's Infrastructure namespace (its DbContext and mappings).</item>
/// </list>
/// What the model's entities look like to EF Core is said in Infrastructure (IEntityTypeConfiguration), not in the model.
/// </summary>
public sealed class ModelTests
{
    private static readonly string[] HttpApis =
        ["Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.OpenApi"];

    public static TheoryData<string> Services => new(Platform.WithModels.Select(d => d.Project));

    [Theory]
    [MemberData(nameof(Services))]
    public void TheModelDoesNotUseEntityFrameworkCore(string project)
    {
        var service = Service(project);

        var uses = Dependencies.Where(Platform.Architecture, type => type.In(service.ModelNamespace), type => IsEntityFramework(type, service));

        Assert.True(uses.Count == 0, $"{service.ModelNamespace} uses EF Core:{Environment.NewLine}{string.Join(Environment.NewLine, uses)}");
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void TheModelDoesNotUseTheApis(string project)
    {
        var service = Service(project);

        var uses = Dependencies.Where(Platform.Architecture, type => type.In(service.ModelNamespace), type => IsApi(type, service));

        Assert.True(uses.Count == 0, $"{service.ModelNamespace} uses the APIs:{Environment.NewLine}{string.Join(Environment.NewLine, uses)}");
    }

    /// <summary>The check finds what it looks for: each service's Infrastructure uses EF Core, and its Apis ASP.NET Core.</summary>
    [Theory]
    [MemberData(nameof(Services))]
    public void TheChecksSeeWhatTheyLookFor(string project)
    {
        var service = Service(project);

        Assert.NotEmpty(Dependencies.Where(Platform.Architecture, type => type.In(service.RootNamespace + ".Infrastructure"), type => IsEntityFramework(type, service)));
        Assert.NotEmpty(Dependencies.Where(Platform.Architecture, type => !type.In(service.ModelNamespace) && type.In(service.RootNamespace), type => IsApi(type, service)));
    }

    private static Deployable Service(string project) => Platform.Deployables.Single(d => d.Project == project);

    private static bool IsEntityFramework(IType type, Deployable service) =>
        type.In("Microsoft.EntityFrameworkCore") || type.In(service.RootNamespace + ".Infrastructure");

    private static bool IsApi(IType type, Deployable service) =>
        type.In(service.RootNamespace + ".Apis") || HttpApis.Any(type.In);
}
