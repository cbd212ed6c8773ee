using APPlatform.Identity.Demo;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.TestSupport;

namespace APPlatform.Identity.Model.Tests;

/// <summary>The demo people a local run signs in as: each with roles their organisation gives, as the README lists.</summary>
public sealed class DemoPeopleTests
{
    [Fact]
    public void EveryDemoPersonHoldsOnlyRolesTheirOrganisationGives()
    {
        var types = new Dictionary<string, OrganisationType>
        {
            ["demo-admin"] = OrganisationType.PlatformAdmin, ["demo-la"] = OrganisationType.LocalAuthority, ["demo-la-2"] = OrganisationType.LocalAuthority,
            ["demo-trust"] = OrganisationType.Trust, ["demo-school"] = OrganisationType.School, ["demo-school-2"] = OrganisationType.School,
            ["demo-school-3"] = OrganisationType.School, ["demo-provider"] = OrganisationType.Provider, ["demo-provider-2"] = OrganisationType.Provider,
        };

        Assert.All(DemoPeople.People, person => Assert.Empty(OrganisationRoles.NotGivenBy(types[person.Organisation], person.Roles)));
    }

    [Fact]
    public void TheReadmeListsEveryDemoPersonWithTheirRoles()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));

        Assert.All(DemoPeople.People, person => Assert.Contains($"| `{person.Email}` | {person.Name} |", readme));
        Assert.All(DemoPeople.People, person => Assert.Matches($@"\| `{person.Email}` \|[^\n]*\| {string.Join(", ", person.Roles)} \|", readme));
    }
}
