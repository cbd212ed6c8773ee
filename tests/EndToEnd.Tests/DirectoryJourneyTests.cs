using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// The directory as its users meet it through the gateway, with the demo clients: the LA lists a provider, one school
/// finds it and records its audit, the other school sees that audit instead of repeating it, a provider's own change
/// waits for the LA, and a suspension takes the provider out of the schools' search and reaches the event log.
/// </summary>
public sealed class DirectoryJourneyTests(RunningPlatform system)
{
    private static readonly Guid demoSkillsCentre = Guid.Parse("9d000000-0000-0000-0000-000000000001");

    [Fact]
    public async Task AProviderListedByTheLaIsFoundAuditedSharedAndSuspended()
    {
        var la = await system.SignInAsync("demo-la");
        var school = await system.SignInAsync("demo-school");
        var otherSchool = await system.SignInAsync("demo-school-2");
        var name = $"Journey Farm {Guid.NewGuid():N}"[..20];

        var created = await la.PostAsJsonAsync("/api/directory/providers", DirectorySamples.Provider(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var providerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var found = await SearchAsync(school, $"q={Uri.EscapeDataString(name)}&keyStage=KS4&registration=unregistered");
        Assert.Equal([providerId], found);

        var answers = await AuditForm.AnswersAsync(school, registered: false, suitable: true);
        var audit = await school.PostAsJsonAsync($"/api/directory/providers/{providerId}/audits", new { isPrivate = false, answers });
        Assert.Equal(HttpStatusCode.Created, audit.StatusCode);
        var auditId = (await audit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsync($"/api/directory/audits/{auditId}/complete", null)).StatusCode);

        Assert.Equal([providerId], await SearchAsync(otherSchool, $"q={Uri.EscapeDataString(name)}&auditOutcome=suitable"));
        var shared = await otherSchool.GetFromJsonAsync<JsonElement>($"/api/directory/providers/{providerId}/audits");
        Assert.Contains(shared.EnumerateArray(), a => a.GetProperty("id").GetGuid() == auditId && a.GetProperty("status").GetString() == "completed");

        Assert.Equal(HttpStatusCode.OK, (await la.PostAsJsonAsync($"/api/directory/providers/{providerId}/listing",
            new { action = "suspend", reason = "Safeguarding concern under investigation." })).StatusCode);

        Assert.Empty(await SearchAsync(school, $"q={Uri.EscapeDataString(name)}"));
        var suspended = await RunningPlatform.EventsInLogAsync(await system.SignInAsync("demo-admin"), "ProviderSuspended",
            payload => payload.GetProperty("providerId").GetGuid() == providerId);
        Assert.Single(suspended);
    }

    [Fact]
    public async Task AProvidersOwnChangeReachesSchoolsOnlyOnceTheLaApprovesIt()
    {
        var provider = await system.SignInAsync("demo-provider");
        var la = await system.SignInAsync("demo-la");
        var school = await system.SignInAsync("demo-school");
        var before = await PlacesAvailableAsync(school);

        var proposed = await provider.PutAsJsonAsync($"/api/directory/providers/{demoSkillsCentre}/profile",
            DirectorySamples.Profile(places: 40, placesAvailable: before + 7));

        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        Assert.Equal(before, await PlacesAvailableAsync(school));
        var changeId = (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var review = await la.PostAsJsonAsync($"/api/directory/change-requests/{changeId}/review", new { approve = true });
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.Equal(before + 7, await PlacesAvailableAsync(school));
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/directory/providers?{query}");
        return page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
    }

    /// <summary>What a school's search shows, served from the cache the change must invalidate.</summary>
    private static async Task<int> PlacesAvailableAsync(HttpClient school)
    {
        var page = await school.GetFromJsonAsync<JsonElement>("/api/directory/providers?q=Demo%20Skills%20Centre");
        return page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == demoSkillsCentre).GetProperty("placesAvailable").GetInt32();
    }
}
