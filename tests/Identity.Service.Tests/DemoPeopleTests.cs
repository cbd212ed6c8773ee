using APPlatform.Identity.Demo;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Identity.Tests;

/// <summary>Development seeds the demo people (their roles and the docs' list: Identity.Model.Tests' DemoPeopleTests).</summary>
public sealed class DemoPeopleTests(IdentityService identity) : IClassFixture<IdentityService>
{
    [Fact]
    public async Task EveryDemoOrganisationHasPeopleAndEveryListedPersonIsSeeded()
    {
        var seeded = await identity.WithDbAsync(db => db.Users.Select(u => new { u.Email, u.OrganisationId }).ToListAsync());

        Assert.Equal(DemoPeople.People.Select(p => p.Email).Order(), seeded.Select(p => p.Email).Order());
        Assert.Equal(9, seeded.Select(p => p.OrganisationId).Distinct().Count());
    }
}
