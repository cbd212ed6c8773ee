using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>Concerns about a provider reach the local authority's directory team and are tracked to resolution.</summary>
public sealed class ConcernTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    private TestCaller School() => TestCaller.School(localAuthorityId: localAuthority.OrganisationId);

    [Fact]
    public async Task ASchoolsConcernReachesItsLocalAuthorityAndIsTrackedToResolution()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var raised = await listener.SubscribeAsync<ProviderConcernRaised>();
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Concerning Centre"));
        var school = School();

        var created = await directory.As(school).PostAsJsonAsync($"/api/directory/providers/{provider}/concerns",
            new { category = "safeguarding", summary = "A pupil said staff left them unsupervised off site." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var queue = await directory.As(localAuthority).GetFromJsonAsync<JsonElement>("/api/directory/concerns?status=open");
        Assert.Contains(queue.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        await Move(localAuthority, id, "acknowledged", null);
        var resolved = await Move(localAuthority, id, "resolved", "Visited; supervision plan agreed and checked.");

        var concern = await resolved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("resolved", concern.GetProperty("status").GetString());
        Assert.Equal(["open", "acknowledged", "resolved"], concern.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
        var mine = await directory.As(school).GetFromJsonAsync<JsonElement>($"/api/directory/concerns/{id}");
        Assert.Equal("resolved", mine.GetProperty("status").GetString());
        var announced = await Eventually.Until(() => Task.FromResult(raised.Where(e => e.Message.ConcernId == id).ToList()), e => e.Count > 0, because: "ProviderConcernRaised");
        Assert.Equal("safeguarding", announced.Single().Message.Category);
        Assert.Equal(localAuthority.OrganisationId, announced.Single().Message.LocalAuthorityId);
    }

    [Fact]
    public async Task ClosingAConcernNeedsANoteAndAClosedConcernStaysClosed()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Closed Case Ltd"));
        var id = await RaiseAsync(provider);

        await ProblemAssert.HasStatus(await Move(localAuthority, id, "dismissed", null), HttpStatusCode.UnprocessableEntity);
        await Move(localAuthority, id, "dismissed", "Duplicate of an earlier concern.");
        await ProblemAssert.HasStatus(await Move(localAuthority, id, "acknowledged", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnlyTheLocalAuthorityDealsWithItAndOtherSchoolsCannotSeeIt()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Private Matter Ltd"));
        var id = await RaiseAsync(provider);

        await ProblemAssert.HasStatus(await Move(School(), id, "resolved", "I fixed it."), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(await Move(TestCaller.LocalAuthority(), id, "resolved", "Not ours."), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await directory.As(School()).GetAsync($"/api/directory/concerns/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await directory.As(TestCaller.Provider(provider)).GetAsync($"/api/directory/concerns/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("""{"category": "safeguarding", "summary": "short"}""", "summary")]
    [InlineData("""{"category": "gossip", "summary": "Something was not right at all."}""", null)]
    [InlineData("""{"summary": "Something was not right at all."}""", "category")]
    public async Task AConcernSaysWhatKindItIsAndWhatHappened(string body, string? field)
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider($"Vague {Guid.NewGuid():N}"));

        var response = await directory.As(School()).PostAsync($"/api/directory/providers/{provider}/concerns",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        if (field is not null)
        {
            Assert.True(problem.Errors.ContainsKey(field), string.Join(", ", problem.Errors.Keys));
        }
    }

    [Fact]
    public async Task AProviderCannotRaiseAConcern()
    {
        var provider = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Self Critic"));

        var response = await directory.As(TestCaller.Provider(provider)).PostAsJsonAsync($"/api/directory/providers/{provider}/concerns",
            new { category = "other", summary = "We are worried about ourselves." });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
    }

    private async Task<Guid> RaiseAsync(Guid provider)
    {
        var created = await directory.As(School()).PostAsJsonAsync($"/api/directory/providers/{provider}/concerns",
            new { category = "attendance", summary = "Absences are reported days late." });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> Move(TestCaller caller, Guid id, string status, string? note) =>
        directory.As(caller).PostAsJsonAsync($"/api/directory/concerns/{id}/status", new { status, note });
}
