using APPlatform.Identity.Demo;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Tests;

/// <summary>Development has people for every demo organisation, each with roles their organisation gives, as docs/identity.md lists.</summary>
public sealed class DemoPeopleTests(IdentityService identity) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task EveryDemoOrganisationHasPeopleAndEveryListedPersonIsSeeded()
    {
        var seeded = await identity.WithDbAsync(db => db.Users.Select(u => new { u.Email, u.OrganisationId }).ToListAsync());

        Assert.Equal(DemoPeople.People.Select(p => p.Email).Order(), seeded.Select(p => p.Email).Order());
        Assert.Equal(9, seeded.Select(p => p.OrganisationId).Distinct().Count());
    }

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
    public void TheDocsListEveryDemoPerson()
    {
        var docs = File.ReadAllText(Path.Combine(TestSupport.Repository.Root, "docs", "identity.md"));

        Assert.All(DemoPeople.People, person => Assert.Contains($"| {person.Email} | {person.Name} |", docs));
    }
}
