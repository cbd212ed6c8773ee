using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Identity;

namespace APPlatform.Identity.Model;

/// <summary>A person to add to an organisation, with the roles it gives them.</summary>
public sealed record NewPerson(
    string Email, string DisplayName, Guid OrganisationId, OrganisationType OrganisationType, Guid? TrustId, Guid? LocalAuthorityId,
    IReadOnlyCollection<string> Roles);

/// <summary>Adds people with their roles, refusing a role their organisation's type does not give.</summary>
public sealed class People(UserManager<PlatformUser> users)
{
    public const string RoleNotGiven = "RoleNotGivenByOrganisation";

    /// <summary>Creates the person (with <paramref name="password"/>) unless one with that email exists already.</summary>
    public Task<IdentityResult> EnsureAsync(NewPerson person, string password) =>
        EnsureAsync(person, user => users.CreateAsync(user, password));

    /// <summary>
    /// As <see cref="EnsureAsync(NewPerson, string)"/>, with the password already hashed: the demo people share one
    /// password, hashed once rather than once each (a hash is deliberately slow).
    /// </summary>
    public Task<IdentityResult> EnsureWithPasswordHashAsync(NewPerson person, string passwordHash) =>
        EnsureAsync(person, user =>
        {
            user.PasswordHash = passwordHash;
            return users.CreateAsync(user);
        });

    private async Task<IdentityResult> EnsureAsync(NewPerson person, Func<PlatformUser, Task<IdentityResult>> create)
    {
        if (await users.FindByEmailAsync(person.Email) is not null)
        {
            return IdentityResult.Success;
        }

        if (OrganisationRoles.NotGivenBy(person.OrganisationType, person.Roles) is { Count: > 0 } notGiven)
        {
            return IdentityResult.Failed(new IdentityError
            {
                Code = RoleNotGiven,
                Description = $"A {person.OrganisationType.ToClaimValue()} does not give the role(s) {string.Join(", ", notGiven)}.",
            });
        }

        var user = new PlatformUser
        {
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            OrganisationId = person.OrganisationId,
            OrganisationType = person.OrganisationType,
            TrustId = person.TrustId,
            LocalAuthorityId = person.LocalAuthorityId,
        };
        var created = await create(user);
        return created.Succeeded ? await users.AddToRolesAsync(user, person.Roles) : created;
    }
}
