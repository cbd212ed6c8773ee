using System.Security.Claims;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Connect;
using APPlatform.ServiceDefaults.Authentication;
using OpenIddict.Abstractions;
using static APPlatform.ServiceDefaults.Authentication.PersonRoles;

namespace APPlatform.Identity.Model.Tests;

/// <summary>
/// What the identity service signs into a token is what a service reads back as the caller (PlatformPrincipals, then
/// Caller.FromPrincipal): the organisation, and for a person their name, roles and safeguarding reading; a person's
/// email goes to the identity token only.
/// </summary>
public sealed class PlatformPrincipalsTests
{
    private static readonly PlatformUser Dsl = new()
    {
        Id = Guid.NewGuid(), DisplayName = "Dana Shaw", Email = "dsl@dales.example", OrganisationId = Guid.NewGuid(),
        OrganisationType = OrganisationType.School, TrustId = Guid.NewGuid(), LocalAuthorityId = Guid.NewGuid(), NamedForSafeguarding = true,
    };

    [Fact]
    public void AServiceReadsASignedInPersonAsTheirOrganisationAndThemselves()
    {
        var caller = Caller.FromPrincipal(PlatformPrincipals.ForPerson("web", Dsl, [DesignatedSafeguardingLead], ["referrals"], "applatform"))!;

        Assert.Equal(("web", Dsl.OrganisationId, OrganisationType.School, Dsl.TrustId, Dsl.LocalAuthorityId),
            (caller.ClientId, caller.OrganisationId, caller.OrganisationType, caller.TrustId, caller.LocalAuthorityId));
        Assert.Equal(new Person(Dsl.Id, "Dana Shaw", new HashSet<string> { DesignatedSafeguardingLead }, NamedForSafeguarding: true), caller.Person,
            new PersonComparer());
    }

    [Fact]
    public void ASystemClientIsItsOrganisationAndNoPerson()
    {
        var registration = new ClientRegistration { OrganisationId = Guid.NewGuid(), OrganisationType = OrganisationType.LocalAuthority };

        var caller = Caller.FromPrincipal(PlatformPrincipals.ForClient("la-portal", registration, ["directory"], "applatform"))!;

        Assert.Equal(("la-portal", registration.OrganisationId, OrganisationType.LocalAuthority), (caller.ClientId, caller.OrganisationId, caller.OrganisationType));
        Assert.Null(caller.Person);
    }

    /// <summary>Decision 0007: a letter token reads one placement's letter at one school, and nothing else.</summary>
    [Fact]
    public void ALetterTokenNamesTheSchoolAndThePlacementWithTheLettersScopeOnly()
    {
        var (school, placement) = (Guid.NewGuid(), Guid.NewGuid());

        var principal = PlatformPrincipals.ForLetter("notification-service", school, placement, "applatform");

        var caller = Caller.FromPrincipal(principal)!;
        Assert.Equal((school, OrganisationType.School), (caller.OrganisationId, caller.OrganisationType));
        Assert.Equal([PlatformScopes.ParentLetters], principal.GetScopes());
        Assert.Equal(placement.ToString(), principal.FindFirstValue(PlatformClaims.Letter));
    }

    [Theory]
    [InlineData(PlatformClaims.Name, true, true)]
    [InlineData(PlatformClaims.Role, true, true)]
    [InlineData(OpenIddictConstants.Claims.Email, false, true)]
    [InlineData(PlatformClaims.OrganisationId, true, false)]
    [InlineData(PlatformClaims.SafeguardingReader, true, false)]
    public void EachClaimGoesToTheTokensThatNeedIt(string claim, bool accessToken, bool identityToken)
    {
        var principal = PlatformPrincipals.ForPerson("web", Dsl, [DesignatedSafeguardingLead], ["referrals"], "applatform");

        var destinations = principal.Claims.First(c => c.Type == claim).GetDestinations();

        Assert.Equal((accessToken, identityToken),
            (destinations.Contains(OpenIddictConstants.Destinations.AccessToken), destinations.Contains(OpenIddictConstants.Destinations.IdentityToken)));
    }

    /// <summary>A person's roles are a set: equal by their members.</summary>
    private sealed class PersonComparer : IEqualityComparer<Person?>
    {
        public bool Equals(Person? x, Person? y) =>
            x is not null && y is not null && (x.Id, x.Name, x.NamedForSafeguarding) == (y.Id, y.Name, y.NamedForSafeguarding) && x.Roles.SetEquals(y.Roles);

        public int GetHashCode(Person? person) => person?.Id.GetHashCode() ?? 0;
    }
}
