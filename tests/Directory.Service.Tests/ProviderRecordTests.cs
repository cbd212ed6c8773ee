using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// Updating a provider's record part by part: the local authority that keeps it applies changes at once; the provider
/// proposes changes to its own record, which wait for review; schools, trusts and other authorities are refused.
/// </summary>
public sealed class ProviderRecordTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task TheLocalAuthorityUpdatesDetailsAndContactsAtOnceAndOthersHearOfIt()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var updated = await listener.SubscribeAsync<ProviderUpdated>();
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Peak Skills"));

        var response = await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{id}/details", new
        {
            name = "Peak Skills Centre",
            email = "hello@peakskills.example.org",
            website = "https://peakskills.example.org",
            manager = new { name = "Sam Turner", role = "Centre manager" },
            safeguardingLead = new { name = "Priya Shah", role = "DSL", phone = "01632 960123" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Peak Skills Centre", record.GetProperty("name").GetString());
        Assert.Equal("Priya Shah", record.GetProperty("details").GetProperty("safeguardingLead").GetProperty("name").GetString());
        await Eventually.Until(() => Task.FromResult(updated.Any(u => u.Message.ProviderId == id && u.Message.Name == "Peak Skills Centre")), done => done,
            because: "ProviderUpdated should carry the new name");
    }

    [Fact]
    public async Task SitesAreReplacedWholeAndASiteSentBackWithItsIdIsUpdatedInPlace()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Two Sites Ltd"));
        var siteId = (await directory.GetProviderAsync(localAuthority, id)).GetProperty("sites")[0].GetProperty("id").GetGuid();

        var response = await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{id}/sites", new
        {
            sites = new object[]
            {
                new { id = siteId, addressLine1 = "2 Bank Road", town = "Matlock", postcode = "DE4 3AG" },
                new { addressLine1 = "Station Yard", town = "Buxton", postcode = "SK17 6AQ", outOfCounty = false },
            },
        });

        var sites = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sites");
        Assert.Equal(2, sites.GetArrayLength());
        Assert.Equal(siteId, sites[0].GetProperty("id").GetGuid());
        Assert.Equal("2 Bank Road", sites[0].GetProperty("addressLine1").GetString());
    }

    [Fact]
    public async Task ARegistrationCheckOnGiasIsRecordedByTheDirectoryTeamOnly()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Newly Registered School"));

        var refused = await directory.As(TestCaller.Provider(id)).PutAsJsonAsync($"/api/directory/providers/{id}/registration", DirectorySamples.Registered());
        var recorded = await directory.As(localAuthority).PutAsJsonAsync($"/api/directory/providers/{id}/registration", DirectorySamples.Registered("149555"));

        await ProblemAssert.HasStatus(refused, HttpStatusCode.Forbidden);
        var registration = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registration");
        Assert.Equal("registered", registration.GetProperty("status").GetString());
        Assert.Equal("149555", registration.GetProperty("urn").GetString());
        Assert.Equal("999/1199", registration.GetProperty("dfeNumber").GetString());
        Assert.Equal("2026-09-01", registration.GetProperty("lastCheckedOn").GetString());
    }

    [Fact]
    public async Task AProvidersOwnChangeWaitsForReviewAndIsAppliedWhenApproved()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Self Service Skills", profile: DirectorySamples.Profile(places: 10, placesAvailable: 1)));
        var provider = directory.As(TestCaller.Provider(id));

        var proposed = await provider.PutAsJsonAsync($"/api/directory/providers/{id}/profile", DirectorySamples.Profile(places: 20, placesAvailable: 8));

        Assert.Equal(HttpStatusCode.Accepted, proposed.StatusCode);
        var change = await proposed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("pending", change.GetProperty("status").GetString());
        Assert.Equal(10, (await directory.GetProviderAsync(localAuthority, id)).GetProperty("profile").GetProperty("places").GetInt32());

        var review = await directory.As(localAuthority).PostAsJsonAsync($"/api/directory/change-requests/{change.GetProperty("id")}/review", new { approve = true });

        Assert.Equal("approved", (await review.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(20, (await directory.GetProviderAsync(localAuthority, id)).GetProperty("profile").GetProperty("places").GetInt32());
    }

    [Fact]
    public async Task ARejectedChangeSaysWhyAndChangesNothing()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Hopeful Tuition"));
        var change = await (await directory.As(TestCaller.Provider(id)).PutAsJsonAsync($"/api/directory/providers/{id}/details",
            new { name = "Hopeful Tuition Outstanding Academy" })).Content.ReadFromJsonAsync<JsonElement>();
        var review = $"/api/directory/change-requests/{change.GetProperty("id")}/review";

        var withoutReason = await directory.As(localAuthority).PostAsJsonAsync(review, new { approve = false });
        var rejected = await directory.As(localAuthority).PostAsJsonAsync(review, new { approve = false, note = "Ofsted has not inspected you." });
        var again = await directory.As(localAuthority).PostAsJsonAsync(review, new { approve = true });

        await ProblemAssert.HasStatus(withoutReason, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Ofsted has not inspected you.", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reviewNote").GetString());
        await ProblemAssert.HasStatus(again, HttpStatusCode.Conflict);
        Assert.Equal("Hopeful Tuition", (await directory.GetProviderAsync(localAuthority, id)).GetProperty("name").GetString());
    }

    public static TheoryData<string> RefusedEditors => ["school", "trust", "another_local_authority", "another_provider"];

    [Theory]
    [MemberData(nameof(RefusedEditors))]
    public async Task OnlyTheKeepingAuthorityAndTheProviderItselfMayChangeTheRecord(string editor)
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider($"Guarded {editor}"));
        var caller = editor switch
        {
            "school" => TestCaller.School(localAuthorityId: localAuthority.OrganisationId),
            "trust" => TestCaller.Trust(localAuthorityId: localAuthority.OrganisationId),
            "another_local_authority" => TestCaller.LocalAuthority(),
            _ => TestCaller.Provider(),
        };

        var response = await directory.As(caller).PutAsJsonAsync($"/api/directory/providers/{id}/profile", DirectorySamples.Profile(places: 99));

        // Another provider may not even see the record; the others may read it but not change it.
        await ProblemAssert.HasStatus(response, editor == "another_provider" ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden);
        Assert.Equal(12, (await directory.GetProviderAsync(localAuthority, id)).GetProperty("profile").GetProperty("places").GetInt32());
    }

    [Fact]
    public async Task InspectionsAreKeptNewestFirstAndTheLatestOutcomeIsWhatSearchSees()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Inspected School", registration: DirectorySamples.Registered("149201")));
        var client = directory.As(localAuthority);

        await client.PostAsJsonAsync($"/api/directory/providers/{id}/inspections", DirectorySamples.EifInspection("2022-03-01", "requires_improvement"));
        await client.PostAsJsonAsync($"/api/directory/providers/{id}/inspections", DirectorySamples.ReportCard("2026-03-04", "expected_standard"));
        await client.PostAsJsonAsync($"/api/directory/providers/{id}/inspections", DirectorySamples.EifInspection("2024-06-01", "good"));

        var record = await directory.GetProviderAsync(localAuthority, id);
        Assert.Equal(["2026-03-04", "2024-06-01", "2022-03-01"], record.GetProperty("inspections").EnumerateArray().Select(i => i.GetProperty("inspectedOn").GetString()));
        Assert.Equal("expected_standard", record.GetProperty("ofstedOutcome").GetString());
        Assert.True(record.GetProperty("inspections")[0].GetProperty("safeguardingMet").GetBoolean());
    }

    /// <summary>Each framework's rules: Directory.Model.Tests' InspectionFrameworkTests; here, that a refusal reaches the client.</summary>
    [Fact]
    public async Task AnInspectionThatDoesNotFitItsFrameworkIsRefusedNamingTheField()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Framework check"));

        var response = await directory.As(localAuthority).PostAsync($"/api/directory/providers/{id}/inspections", new StringContent(
            """{"inspectedOn": "2026-02-01", "framework": "report_card_2025", "safeguardingMet": true, "areaGrades": [{"area": "inclusion", "grade": "exceptional"}]}""",
            System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey("areaGrades"), $"errors should name areaGrades: {string.Join(", ", problem.Errors.Keys)}");
    }

    [Fact]
    public async Task AnAssuranceGivenNeedsItsEvidenceAndDate()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Assured Ltd"));
        var client = directory.As(localAuthority);

        var bare = await client.PutAsJsonAsync($"/api/directory/providers/{id}/assurances/prevent_duty", new { given = true });
        var given = await client.PutAsJsonAsync($"/api/directory/providers/{id}/assurances/prevent_duty",
            new { given = true, evidence = "Prevent training certificates for all staff seen.", givenOn = "2026-10-01" });
        var unknown = await client.PutAsJsonAsync($"/api/directory/providers/{id}/assurances/being_nice", new { given = false });

        await ProblemAssert.HasStatus(bare, HttpStatusCode.BadRequest);
        var assurance = (await given.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("assurances").EnumerateArray()
            .Single(a => a.GetProperty("type").GetString() == "prevent_duty");
        Assert.True(assurance.GetProperty("given").GetBoolean());
        var problem = await ProblemAssert.HasStatus(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("keeping_children_safe_in_education", problem.Errors["type"][0]);
    }

    [Fact]
    public async Task ADocumentIsSeenMissingOrExpired()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Documented Ltd"));
        var client = directory.As(localAuthority);

        await client.PutAsJsonAsync($"/api/directory/providers/{id}/documents/safeguarding_policy",
            new { seen = true, link = "https://docs.example.org/safeguarding.pdf", seenOn = "2026-01-10" });
        await client.PutAsJsonAsync($"/api/directory/providers/{id}/documents/insurance",
            new { seen = true, link = "https://docs.example.org/insurance.pdf", seenOn = "2025-01-10", expiresOn = "2026-01-09" });
        var notSeenWithLink = await client.PutAsJsonAsync($"/api/directory/providers/{id}/documents/complaints_policy",
            new { seen = false, link = "https://docs.example.org/complaints.pdf" });

        var documents = (await directory.GetProviderAsync(localAuthority, id)).GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("type").GetString()!, d => d.GetProperty("status").GetString());
        Assert.Equal("seen", documents["safeguarding_policy"]);
        Assert.Equal("expired", documents["insurance"]);
        Assert.Equal("missing", documents["letter_of_comfort"]);
        await ProblemAssert.HasStatus(notSeenWithLink, HttpStatusCode.BadRequest);
    }
}
