using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.Identity.Model;

/// <summary>
/// A person may hold only the roles their type of organisation gives (<see cref="PersonRoles.ForOrganisation"/>): a
/// provider's register staff cannot be made a school's DSL.
/// </summary>
public static class OrganisationRoles
{
    /// <summary>The roles of <paramref name="roles"/> that an organisation of <paramref name="type"/> does not give.</summary>
    public static IReadOnlyList<string> NotGivenBy(OrganisationType type, IEnumerable<string> roles) =>
        roles.Except(PersonRoles.ForOrganisation(type)).ToList();

    /// <summary>
    /// Why a person of an organisation of <paramref name="type"/> cannot hold <paramref name="roles"/> (none, or one it
    /// does not give), saying which it gives; null when they can.
    /// </summary>
    public static string? Refusal(OrganisationType type, IReadOnlyCollection<string>? roles)
    {
        var given = string.Join(", ", PersonRoles.ForOrganisation(type));
        if (roles is not { Count: > 0 })
        {
            return $"Give one or more roles: {given}.";
        }

        var notGiven = NotGivenBy(type, roles);
        return notGiven.Count > 0 ? $"A {type.ToClaimValue()} does not give: {string.Join(", ", notGiven)}. It gives: {given}." : null;
    }

    /// <summary>Every role any organisation gives: the roles the database knows.</summary>
    public static IReadOnlyList<string> All { get; } =
        Enum.GetValues<OrganisationType>().SelectMany(PersonRoles.ForOrganisation).Distinct().ToList();
}
