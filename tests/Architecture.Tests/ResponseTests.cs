using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace APPlatform.Architecture.Tests;

/// <summary>
/// No stored type leaves a service: what an endpoint handler answers (its result's type arguments, and every property
/// type nested in them) is a response record, never a type the service's DbContext stores, so the database can change
/// without changing what clients see, and a field added to a table is not published by accident.
/// <list type="bullet">
/// <item>A handler: a public static method of the service's Apis namespace, or of the shared defaults' APIs (the access
/// log), that answers an IResult.</item>
/// <item>A stored type: a class of the service (or of the shared defaults) that its DbContext maps (an entity or an
/// owned type) or keeps in a column (a jsonb document), and the classes nested in those. Enums and value types are
/// values, not records, and may be answered; so may the event contracts' types, which are published shapes already.</item>
/// </list>
/// </summary>
public sealed class ResponseTests
{
    public static TheoryData<string> Services => new(WithStores.Select(d => d.Project));

    /// <summary>The deployables that keep a database (a DbContext `dotnet ef` can build).</summary>
    private static IEnumerable<Deployable> WithStores => Platform.Deployables.Where(d => DesignTimeFactory(d) is not null);

    [Theory]
    [MemberData(nameof(Services))]
    public void NoHandlerAnswersAStoredType(string project)
    {
        var leaks = Leaks(Platform.Deployables.Single(d => d.Project == project));

        Assert.True(leaks.Count == 0, $"Answer a response record (Apis/Responses) instead:{Environment.NewLine}{string.Join(Environment.NewLine, leaks)}");
    }

    /// <summary>The check sees the stored types: entities, owned types, jsonb documents and what they nest.</summary>
    [Fact]
    public void TheCheckSeesTheStoredTypes()
    {
        var directory = StoredTypes(Platform.Deployables.Single(d => d.Project == "Directory.Service"));

        Assert.Superset(
            new HashSet<string> { "Provider", "Site", "Registration", "ProviderDetails", "ContactPerson", "Assurance", "ListingChange", "OfstedInspection" },
            directory.Select(type => type.Name).ToHashSet());
    }

    /// <summary>The check sees what a handler answers: through the result types, lists and nested properties.</summary>
    [Fact]
    public void TheCheckSeesNestedTypes()
    {
        var answered = Answered(typeof(Task<Results<Ok<IReadOnlyList<Outer>>, NotFound>>));

        Assert.Contains(typeof(Inner), answered);
        Assert.Contains(typeof(Innermost), answered);
    }

    /// <summary>Each stored type a handler of the service answers, as "Api.Handler answers Type".</summary>
    private static List<string> Leaks(Deployable service)
    {
        var stored = StoredTypes(service);
        return Handlers(service)
            .SelectMany(handler => Answered(handler.ReturnType).Where(stored.Contains).Select(type => $"{handler.DeclaringType!.Name}.{handler.Name} answers {type.FullName}"))
            .Distinct()
            .Order()
            .ToList();
    }

    private static Type? DesignTimeFactory(Deployable service) =>
        service.Assembly.GetTypes().SingleOrDefault(type => !type.IsAbstract && type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)));

    /// <summary>The classes the service's DbContext keeps, built as `dotnet ef` builds it: no database is reached.</summary>
    private static HashSet<Type> StoredTypes(Deployable service)
    {
        var factory = Activator.CreateInstance(DesignTimeFactory(service)!, nonPublic: true)!;
        using var context = (DbContext)factory.GetType().GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!.Invoke(factory, [Array.Empty<string>()])!;
        var entities = context.Model.GetEntityTypes().Where(entity => !entity.HasSharedClrType).ToList();
        var columns = entities.SelectMany(entity => entity.GetProperties()).Select(property => property.ClrType);

        return Nested(entities.Select(entity => entity.ClrType).Concat(columns))
            .Where(type => type.Assembly == service.Assembly || type.Assembly == Platform.ServiceDefaults)
            .ToHashSet();
    }

    private static IEnumerable<MethodInfo> Handlers(Deployable service) =>
        service.Assembly.GetTypes().Where(type => type.Namespace is { } name && (name == service.RootNamespace + ".Apis" || name.StartsWith(service.RootNamespace + ".Apis.", StringComparison.Ordinal)))
            .Concat(Platform.ServiceDefaults.GetTypes().Where(type => type.Name.EndsWith("Api", StringComparison.Ordinal)))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => typeof(IResult).IsAssignableFrom(Awaited(method.ReturnType)));

    private static Type Awaited(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)) ? type.GetGenericArguments()[0] : type;

    /// <summary>The types a handler's result carries: its type arguments, the elements of lists, and the properties of the platform's own types.</summary>
    private static HashSet<Type> Answered(Type result) => Nested([result]).ToHashSet();

    /// <summary>The platform's own classes reachable from <paramref name="roots"/> through type arguments, array elements and public properties.</summary>
    private static IEnumerable<Type> Nested(IEnumerable<Type> roots)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            var inner = type.IsArray ? [type.GetElementType()!] : type.IsGenericType ? type.GetGenericArguments() : Type.EmptyTypes;
            var properties = IsThePlatforms(type) ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType) : [];
            foreach (var next in inner.Concat(properties))
            {
                pending.Push(next);
            }
        }

        return seen.Where(type => IsThePlatforms(type) && type.IsClass);
    }

    private static bool IsThePlatforms(Type type) =>
        type.Namespace?.StartsWith("APPlatform.", StringComparison.Ordinal) == true && !type.IsGenericParameter;

    private sealed record Outer(Inner Inner);

    private sealed record Inner(List<Innermost> Items);

    private sealed record Innermost(string Name);
}
