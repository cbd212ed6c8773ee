using ArchUnitNET.Domain;
using ArchUnitNET.Domain.Dependencies;

namespace APPlatform.Architecture.Tests;

/// <summary>
/// What the code of some types uses, read from their compiled IL (signatures, fields, and method bodies: calls, locals,
/// casts), so a dependency hidden in a method body counts as much as one in a signature.
/// </summary>
public static class Dependencies
{
    /// <summary>Each (type, type it uses) pair for the types <paramref name="of"/> selects, as "Origin -> Target".</summary>
    public static IReadOnlyList<string> Where(ArchUnitNET.Domain.Architecture architecture, Func<IType, bool> of, Func<IType, bool> target) =>
        architecture.Types.Where(of)
            .SelectMany(type => type.Dependencies.Select(dependency => dependency.Target).Where(target).Select(used => $"{type.FullName} -> {used.FullName}"))
            .Distinct()
            .Order()
            .ToList();

    /// <summary>Each call to one of <paramref name="methods"/> (full names as "System.DateTime System.DateTime::get_UtcNow()") by the types selected.</summary>
    public static IReadOnlyList<string> CallsTo(ArchUnitNET.Domain.Architecture architecture, Func<IType, bool> of, IReadOnlySet<string> methods) =>
        architecture.Types.Where(of)
            .SelectMany(type => type.Dependencies.OfType<MethodCallDependency>()
                .Where(call => methods.Contains(call.TargetMember.FullName))
                .Select(call => $"{call.OriginMember.FullName} calls {call.TargetMember.FullName}"))
            .Distinct()
            .Order()
            .ToList();

    /// <summary>Whether <paramref name="type"/> lives in <paramref name="namespaceName"/> or a namespace below it.</summary>
    public static bool In(this IType type, string namespaceName) =>
        type.Namespace?.FullName is { } name && (name == namespaceName || name.StartsWith(namespaceName + ".", StringComparison.Ordinal));
}
