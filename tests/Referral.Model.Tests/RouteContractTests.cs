using System.Reflection;
using APPlatform.Referrals.Apis;
using APPlatform.Referrals.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// Issue 15: no EF entity leaves the service. A route answers response records: a model class (a stored, changing
/// entity, as opposed to an immutable record value) is never part of what a handler returns, however deeply nested.
/// </summary>
public sealed class RouteContractTests
{
    [Fact]
    public void NoRouteAnswersAnEntityOfTheModel()
    {
        var handlers = typeof(ReferralsApi).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(ReferralsApi).Namespace && t.Name.EndsWith("Api", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => typeof(IResult).IsAssignableFrom(Unwrapped(m.ReturnType)))
            .ToList();

        var leaks = handlers
            .SelectMany(m => EntitiesIn(m.ReturnType, []).Select(entity => $"{m.DeclaringType!.Name}.{m.Name}: {entity.Name}")).ToList();

        Assert.NotEmpty(handlers);
        Assert.True(leaks.Count == 0, string.Join('\n', leaks));
    }

    [Fact]
    public void TheCheckFindsAnEntityNestedInAnAnswer() =>
        Assert.Equal([typeof(Pupil)], EntitiesIn(typeof(Task<Ok<List<Pupil>>>), []));

    private static Type Unwrapped(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>) ? type.GetGenericArguments()[0] : type;

    private static IEnumerable<Type> EntitiesIn(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return [];
        }

        if (IsEntity(type))
        {
            return [type];
        }

        var parts = type.IsGenericType ? type.GetGenericArguments() : [];
        var members = type.Namespace?.StartsWith("APPlatform.Referrals", StringComparison.Ordinal) == true
            ? type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType)
            : [];
        return parts.Concat(members).SelectMany(part => EntitiesIn(Nullable.GetUnderlyingType(part) ?? part, seen)).ToList();
    }

    /// <summary>A class of the model that is not a record: a record has the compiler's Clone method.</summary>
    private static bool IsEntity(Type type) =>
        type.IsClass && type.Namespace?.StartsWith(typeof(Pupil).Namespace!, StringComparison.Ordinal) == true && !type.IsAbstract &&
        type.GetMethod("<Clone>$") is null;
}
