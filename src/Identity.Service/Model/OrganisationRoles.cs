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

    /// <summary>Every role any organisation gives: the roles the database knows.</summary>
    public static IReadOnlyList<string> All { get; } =
        Enum.GetValues<OrganisationType>().SelectMany(PersonRoles.ForOrganisation).Distinct().ToList();
}
