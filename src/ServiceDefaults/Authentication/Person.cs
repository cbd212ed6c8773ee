using System.Security.Claims;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// A signed-in person acting for their organisation, with the roles it gave them (<see cref="PersonRoles"/>), and
/// whether their school has named them to read its safeguarding detail.
/// </summary>
public sealed record Person(Guid Id, string Name, IReadOnlySet<string> Roles, bool NamedForSafeguarding = false)
{
    public bool HasAny(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>
    /// Whether they read a school's safeguarding detail: the DSL and the headteacher
    /// (<see cref="PersonRoles.SchoolSafeguardingReaders"/>), and those the school names.
    /// </summary>
    public bool ReadsSafeguardingDetail => NamedForSafeguarding || HasAny([.. PersonRoles.SchoolSafeguardingReaders]);

    /// <summary>
    /// The person a token names: its subject is a person's id (a system client's token has its client id there) and it
    /// carries their name. Null for a system client.
    /// </summary>
    public static Person? FromPrincipal(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(PlatformClaims.Subject), out var id) && principal.FindFirstValue(PlatformClaims.Name) is { Length: > 0 } name
            ? new Person(id, name, principal.FindAll(PlatformClaims.Role).Select(claim => claim.Value).ToHashSet(),
                principal.FindFirstValue(PlatformClaims.SafeguardingReader) == "true")
            : null;
}
