using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Model;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// The listing lifecycle draft → submitted → listed ↔ suspended → removed, with who, when and why, through the API (each
/// move and who may take it: Directory.Model.Tests' ListingLifecycleTests).
/// </summary>
public sealed class ListingLifecycleTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task AProviderSubmitsItsOwnDraftAndTheLocalAuthorityListsIt()
    {
        var id = await directory.CreateProviderAsync(localAuthority, new { name = "Draft Then Listed", status = "draft" });

        var submitted = await Act(TestCaller.Provider(id), id, "submit");
        var listed = await Act(localAuthority, id, "list");

        Assert.Equal("submitted", (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var record = await listed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("listed", record.GetProperty("status").GetString());
        var history = record.GetProperty("listingHistory").EnumerateArray().Select(h => (h.GetProperty("to").GetString(), h.GetProperty("byOrganisationType").GetString())).ToList();
        Assert.Equal([("draft", "local_authority"), ("submitted", "provider"), ("listed", "local_authority")], history);
    }

    [Fact]
    public async Task AProviderMayNotListItselfNorTouchAnothersListing()
    {
        var id = await directory.CreateProviderAsync(localAuthority, new { name = "Eager Provider", status = "draft" });

        await ProblemAssert.HasStatus(await Act(TestCaller.Provider(id), id, "list"), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await Act(TestCaller.Provider(), id, "submit"), HttpStatusCode.NotFound);
        await ProblemAssert.HasStatus(await Act(TestCaller.School(), id, "submit"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SuspendingNeedsAReasonAndIsRecordedWithWhoAndWhen()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("To Be Suspended"));

        var officer = localAuthority.AsPerson("Lee Directory", "directory_team");

        var withoutReason = await Act(officer, id, "suspend");
        var byAttendanceTeam = await Act(localAuthority.AsPerson("Ash Attendance", "attendance_team"), id, "suspend", "Not their call.");
        var suspended = await Act(officer, id, "suspend", "Insurance lapsed on 1 November.");

        var problem = await ProblemAssert.HasStatus(withoutReason, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Say why", problem.Detail);
        await ProblemAssert.HasStatus(byAttendanceTeam, HttpStatusCode.Forbidden);
        var last = (await suspended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("listingHistory").EnumerateArray().Last();
        Assert.Equal("suspended", last.GetProperty("to").GetString());
        Assert.Equal("Insurance lapsed on 1 November.", last.GetProperty("reason").GetString());
        Assert.Equal(localAuthority.OrganisationId, last.GetProperty("byOrganisationId").GetGuid());
        Assert.Equal("Lee Directory", last.GetProperty("byPerson").GetString());
        Assert.True(last.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task AMoveTheLifecycleDoesNotAllowIsRefusedSayingWhatIsPossible()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Listed Already"));

        var response = await Act(localAuthority, id, "reinstate", "Why not");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Conflict);
        Assert.Contains("from listed it can be: suspended, removed", problem.Detail);
    }

    [Fact]
    public async Task SuspendingReinstatingAndRemovingTellTheOtherServices()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var suspended = await listener.SubscribeAsync<ProviderSuspended>();
        var listed = await listener.SubscribeAsync<ProviderListed>();
        var removed = await listener.SubscribeAsync<ProviderRemoved>();
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Up And Down"));

        await Act(localAuthority, id, "suspend", "Safeguarding concern under investigation.");
        await Act(localAuthority, id, "reinstate", "Investigation closed with no findings.");
        await Act(localAuthority, id, "remove", "The provider closed.");

        await Eventually.Until(() => Task.FromResult(removed.Any(e => e.Message.ProviderId == id)), done => done, because: "ProviderRemoved");
        Assert.Single(suspended, e => e.Message.ProviderId == id);
        Assert.Equal(2, listed.Count(e => e.Message.ProviderId == id));
    }

    [Fact]
    public async Task AnotherAuthorityPutsTheProviderOnItsOwnDirectoryButNotOnAnyoneElses()
    {
        var neighbour = TestCaller.LocalAuthority();
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Just Over The Border"));

        var own = await directory.As(neighbour).PutAsync($"/api/directory/providers/{id}/local-authorities/{neighbour.OrganisationId}", null);
        var others = await directory.As(neighbour).DeleteAsync($"/api/directory/providers/{id}/local-authorities/{localAuthority.OrganisationId}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        await ProblemAssert.HasStatus(others, HttpStatusCode.Forbidden);
        var listings = (await directory.GetProviderAsync(neighbour, id)).GetProperty("localAuthorityListings").EnumerateArray()
            .Select(l => l.GetProperty("localAuthorityId").GetGuid()).ToList();
        Assert.Equal([localAuthority.OrganisationId, neighbour.OrganisationId], listings);
        Assert.Empty((await directory.GetProviderAsync(neighbour, id)).GetProperty("listingActionsAllowed").EnumerateArray());
    }

    [Fact]
    public async Task AnUnknownActionIsABadRequest()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Action Hero"));

        var response = await directory.As(localAuthority).PostAsJsonAsync($"/api/directory/providers/{id}/listing", new { action = "promote" });

        await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
    }

    private Task<HttpResponseMessage> Act(TestCaller caller, Guid id, string action, string? reason = null) =>
        directory.As(caller).PostAsJsonAsync($"/api/directory/providers/{id}/listing", new { action, reason });
}
