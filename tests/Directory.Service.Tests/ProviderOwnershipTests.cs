using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// Each provider record has one keeper: the local authority that created it (or was handed it), and platform admins.
/// Another authority lists it on its own directory and raises concerns, but never rewrites it for everyone.
/// </summary>
public sealed class ProviderOwnershipTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller keeper = TestCaller.LocalAuthority();
    private readonly TestCaller neighbour = TestCaller.LocalAuthority();

    private static readonly object ManagerAndLead = new
    {
        name = "Kept Record Ltd",
        email = "office@kept.example.org",
        manager = new { name = "Morag Keeper", email = "morag@kept.example.org" },
        safeguardingLead = new { name = "Sam Lead", email = "sam@kept.example.org" },
    };

    [Fact]
    public async Task ListingAnotherAuthoritysProviderOnYourDirectoryDoesNotLetYouReplaceItsManagerOrSafeguardingLead()
    {
        var id = await CreateKeptProviderAsync();

        var listed = await directory.As(neighbour).PutAsync($"/api/directory/providers/{id}/local-authorities/{neighbour.OrganisationId}", null);
        var takeover = await directory.As(neighbour).PutAsJsonAsync($"/api/directory/providers/{id}/details", new
        {
            name = "Kept Record Ltd",
            manager = new { name = "Attacker", email = "attacker@neighbour.example.org" },
        });

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        await ProblemAssert.HasStatus(takeover, HttpStatusCode.Forbidden);
        var details = (await directory.GetProviderAsync(keeper, id)).GetProperty("details");
        Assert.Equal("Morag Keeper", details.GetProperty("manager").GetProperty("name").GetString());
        Assert.Equal("Sam Lead", details.GetProperty("safeguardingLead").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnAuthorityThatOnlyListsAProviderCannotSuspendOrRemoveItForEveryone()
    {
        var id = await CreateKeptProviderAsync();
        await directory.As(neighbour).PutAsync($"/api/directory/providers/{id}/local-authorities/{neighbour.OrganisationId}", null);

        var suspend = await directory.As(neighbour).PostAsJsonAsync($"/api/directory/providers/{id}/listing", new { action = "suspend", reason = "Mine now." });

        await ProblemAssert.HasStatus(suspend, HttpStatusCode.Forbidden);
        var record = await directory.GetProviderAsync(neighbour, id);
        Assert.Equal("listed", record.GetProperty("status").GetString());
        Assert.Empty(record.GetProperty("listingActionsAllowed").EnumerateArray());
        Assert.Equal(keeper.OrganisationId, record.GetProperty("ownerId").GetGuid());
    }

    [Fact]
    public async Task AnotherAuthorityCannotTakeTheRecordForItself()
    {
        var id = await CreateKeptProviderAsync();

        var response = await directory.As(neighbour).PutAsJsonAsync($"/api/directory/providers/{id}/owner", new { localAuthorityId = neighbour.OrganisationId });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Equal(keeper.OrganisationId, (await directory.GetProviderAsync(keeper, id)).GetProperty("ownerId").GetGuid());
    }

    [Fact]
    public async Task TheKeeperHandsTheRecordToAnotherAuthorityWhichKeepsItFromThenOn()
    {
        var id = await CreateKeptProviderAsync();

        var handed = await directory.As(keeper).PutAsJsonAsync($"/api/directory/providers/{id}/owner", new { localAuthorityId = neighbour.OrganisationId });
        var byOldKeeper = await directory.As(keeper).PutAsJsonAsync($"/api/directory/providers/{id}/details", ManagerAndLead);
        var byNewKeeper = await directory.As(neighbour).PutAsJsonAsync($"/api/directory/providers/{id}/details", ManagerAndLead);

        Assert.Equal(HttpStatusCode.OK, handed.StatusCode);
        await ProblemAssert.HasStatus(byOldKeeper, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, byNewKeeper.StatusCode);
        var record = await directory.GetProviderAsync(neighbour, id);
        Assert.Contains(record.GetProperty("localAuthorityListings").EnumerateArray(), l => l.GetProperty("localAuthorityId").GetGuid() == neighbour.OrganisationId);
    }

    [Fact]
    public async Task WhyAProviderWasSuspendedIsReadOnlyByItsKeeper()
    {
        var id = await CreateKeptProviderAsync();
        const string reason = "Allegation against a member of staff: LADO referral made.";
        var suspend = await directory.As(keeper).PostAsJsonAsync($"/api/directory/providers/{id}/listing", new { action = "suspend", reason });
        Assert.Equal(HttpStatusCode.OK, suspend.StatusCode);

        string?[] Reasons(JsonElement record) =>
            record.GetProperty("listingHistory").EnumerateArray().Select(change => change.GetProperty("reason").GetString()).ToArray();

        Assert.Contains(reason, Reasons(await directory.GetProviderAsync(keeper, id)));
        Assert.All(Reasons(await directory.GetProviderAsync(neighbour, id)), Assert.Null);
        Assert.All(Reasons(await directory.GetProviderAsync(TestCaller.School(), id)), Assert.Null);
        Assert.Contains(reason, Reasons(await directory.GetProviderAsync(TestCaller.PlatformAdmin(), id)));
    }

    private async Task<Guid> CreateKeptProviderAsync()
    {
        var id = await directory.CreateProviderAsync(keeper, DirectorySamples.Provider("Kept Record Ltd"));
        var details = await directory.As(keeper).PutAsJsonAsync($"/api/directory/providers/{id}/details", ManagerAndLead);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        return id;
    }
}
