using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>The organisations and people the directory's rules tell apart, as their tokens would name them.</summary>
internal static class Callers
{
    public static Caller Of(OrganisationType type, Guid? organisationId = null, Guid? localAuthorityId = null) =>
        new($"{type}-client", organisationId ?? Guid.NewGuid(), type, new HashSet<string>(), null, localAuthorityId);

    /// <summary>A signed-in person of <paramref name="caller"/>'s organisation holding <paramref name="role"/>.</summary>
    public static Caller AsPerson(this Caller caller, string role) =>
        caller with { Person = new Person(Guid.NewGuid(), $"A {role}", new HashSet<string> { role }) };
}
