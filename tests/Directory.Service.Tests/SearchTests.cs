using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>A small directory whose every provider differs in what search filters on.</summary>
public sealed class SearchDirectory(TestServers servers) : IAsyncLifetime
{
    public DirectoryService Service { get; } = new(servers);

    public TestCaller LocalAuthority { get; } = TestCaller.LocalAuthority();

    public TestCaller Neighbour { get; } = TestCaller.LocalAuthority();

    public TestCaller School => TestCaller.School(Guid.Parse("5c000000-1111-0000-0000-000000000001"), localAuthorityId: LocalAuthority.OrganisationId);

    public Dictionary<string, Guid> Ids { get; } = [];

    public async ValueTask InitializeAsync()
    {
        await Service.InitializeAsync();
        var la = LocalAuthority;
        Ids["Alpha Construction"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Alpha Construction",
            profile: DirectorySamples.Profile(["KS4"], ["SEMH", "MLD"], places: 10, placesAvailable: 0, offer: "Bricklaying and joinery")));
        Ids["Bravo Academy"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Bravo Academy", registration: DirectorySamples.Registered("149301"),
            profile: DirectorySamples.Profile(["KS3", "KS4"], ["SEMH", "ASD"], places: 60, placesAvailable: 5, gcseEnglishAndMaths: "yes", fiveOrMoreGcses: "yes"),
            site: DirectorySamples.Site("Chesterfield", "S41 7RA", "Chesterfield", 53.235, -1.421)));
        Ids["Charlie Farm"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Charlie Farm",
            profile: DirectorySamples.Profile(["KS2", "KS3"], ["ASD"], places: 8, placesAvailable: 2, offer: "Animal care"),
            site: DirectorySamples.Site("Ashbourne", "DE6 1NA", "Derbyshire Dales", 53.017, -1.731)));
        Ids["Delta School"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Delta School", registration: DirectorySamples.Registered("149302"),
            profile: DirectorySamples.Profile(["KS4"], ["SEMH"], places: 40, placesAvailable: 1),
            site: DirectorySamples.Site("Sheffield", "S9 3QS", "Sheffield", 53.39, -1.44)));
        Ids["Echo Tuition"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Echo Tuition",
            profile: DirectorySamples.Profile(["KS3", "KS4"], ["SPLD"], places: 30, placesAvailable: 4, offer: "English and maths tuition"),
            site: DirectorySamples.Site("Buxton", "SK17 6AQ", "High Peak", 53.257, -1.91)));
        Ids["Foxtrot Draft"] = await Service.CreateProviderAsync(la, new { name = "Foxtrot Draft", status = "draft" });
        Ids["Golf Suspended"] = await Service.CreateProviderAsync(la, DirectorySamples.Provider("Golf Suspended"));

        var client = Service.As(la);
        await client.PostAsJsonAsync($"/api/directory/providers/{Ids["Bravo Academy"]}/inspections", DirectorySamples.EifInspection("2024-05-01", "good"));
        await client.PostAsJsonAsync($"/api/directory/providers/{Ids["Delta School"]}/inspections", DirectorySamples.EifInspection("2023-05-01", "outstanding"));
        await client.PutAsync($"/api/directory/providers/{Ids["Delta School"]}/local-authorities/{Neighbour.OrganisationId}", null);
        await Service.As(Neighbour).PutAsync($"/api/directory/providers/{Ids["Delta School"]}/local-authorities/{Neighbour.OrganisationId}", null);
        await client.PostAsJsonAsync($"/api/directory/providers/{Ids["Golf Suspended"]}/listing", new { action = "suspend", reason = "Under review." });
        await CompletedAudits.CreateAsync(Service, School, Ids["Alpha Construction"], registered: false, suitable: true);
        await CompletedAudits.CreateAsync(Service, School, Ids["Charlie Farm"], registered: false, suitable: false);
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    public async Task<(List<string> Names, int Total)> SearchAsync(string query, TestCaller? caller = null)
    {
        var page = await Service.As(caller ?? School).GetFromJsonAsync<JsonElement>($"/api/directory/providers?{query}");
        return (page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList(), page.GetProperty("total").GetInt32());
    }
}

/// <summary>GET /api/directory/providers: each filter, sort and page, and the cache, on a known directory.</summary>
public sealed class SearchTests(SearchDirectory directory) : IClassFixture<SearchDirectory>
{
    private static readonly string[] listed = ["Alpha Construction", "Bravo Academy", "Charlie Farm", "Delta School", "Echo Tuition"];

    [Fact]
    public async Task ByDefaultSchoolsSeeListedProvidersByName()
    {
        var (names, total) = await directory.SearchAsync("");

        Assert.Equal(listed, names);
        Assert.Equal(5, total);
    }

    [Theory]
    [InlineData("keyStage=KS2", new[] { "Charlie Farm" })]
    [InlineData("keyStage=KS2,KS3", new[] { "Bravo Academy", "Charlie Farm", "Echo Tuition" })]
    [InlineData("keyStage=KS2&keyStage=KS4", new[] { "Alpha Construction", "Bravo Academy", "Charlie Farm", "Delta School", "Echo Tuition" })]
    [InlineData("registration=registered", new[] { "Bravo Academy", "Delta School" })]
    [InlineData("registration=unregistered", new[] { "Alpha Construction", "Charlie Farm", "Echo Tuition" })]
    [InlineData("q=farm", new[] { "Charlie Farm" })]
    [InlineData("q=BRICKLAYING", new[] { "Alpha Construction" })]
    [InlineData("q=buxton", new[] { "Echo Tuition" })]
    [InlineData("q=S41", new[] { "Bravo Academy" })]
    [InlineData("q=100%25", new string[0])]
    [InlineData("ofsted=good", new[] { "Bravo Academy" })]
    [InlineData("ofsted=outstanding,good", new[] { "Bravo Academy", "Delta School" })]
    [InlineData("ofsted=none", new[] { "Alpha Construction", "Charlie Farm", "Echo Tuition" })]
    [InlineData("gcse=english_and_maths", new[] { "Bravo Academy" })]
    [InlineData("gcse=five_or_more&gcse=english_and_maths", new[] { "Bravo Academy" })]
    [InlineData("need=ASD", new[] { "Bravo Academy", "Charlie Farm" })]
    [InlineData("need=SPLD,MLD", new[] { "Alpha Construction", "Echo Tuition" })]
    [InlineData("area=derbyshire dales", new[] { "Alpha Construction", "Charlie Farm" })]
    [InlineData("area=Chesterfield", new[] { "Bravo Academy" })]
    [InlineData("placesAvailable=true", new[] { "Bravo Academy", "Charlie Farm", "Delta School", "Echo Tuition" })]
    [InlineData("auditOutcome=suitable", new[] { "Alpha Construction" })]
    [InlineData("auditOutcome=not_suitable", new[] { "Charlie Farm" })]
    [InlineData("auditOutcome=none", new[] { "Bravo Academy", "Delta School", "Echo Tuition" })]
    [InlineData("keyStage=KS4&registration=unregistered&placesAvailable=true", new[] { "Echo Tuition" })]
    public async Task EachFilterNarrowsTheDirectory(string query, string[] expected)
    {
        var (names, total) = await directory.SearchAsync(query);

        Assert.Equal(expected, names);
        Assert.Equal(expected.Length, total);
    }

    [Fact]
    public async Task NearAPlaceFindsProvidersWithinTheDistanceNearestFirst()
    {
        var page = await directory.Service.As(directory.School).GetFromJsonAsync<JsonElement>("/api/directory/providers?near=53.138,-1.556&withinKm=15");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Alpha Construction", "Bravo Academy"], items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(0, items[0].GetProperty("distanceKm").GetDouble());
        Assert.InRange(items[1].GetProperty("distanceKm").GetDouble(), 12, 15);
    }

    [Fact]
    public async Task ALocalAuthoritysListingNamesTheProvidersOnItsDirectory()
    {
        var (names, _) = await directory.SearchAsync($"localAuthority={directory.Neighbour.OrganisationId}");

        Assert.Equal(["Delta School"], names);
    }

    [Fact]
    public async Task TheAuditOutcomeIsWhatTheCallerMaySee()
    {
        var schoolInAnotherArea = TestCaller.School(localAuthorityId: Guid.NewGuid());

        var (names, _) = await directory.SearchAsync("auditOutcome=suitable", schoolInAnotherArea);
        var page = await directory.Service.As(directory.School).GetFromJsonAsync<JsonElement>("/api/directory/providers?q=alpha");

        Assert.Empty(names);
        Assert.Equal("suitable", page.GetProperty("items")[0].GetProperty("auditOutcome").GetString());
    }

    [Theory]
    [InlineData("sort=ofsted", new[] { "Delta School", "Bravo Academy", "Alpha Construction", "Charlie Farm", "Echo Tuition" })]
    [InlineData("sort=places_available", new[] { "Bravo Academy", "Echo Tuition", "Charlie Farm", "Delta School", "Alpha Construction" })]
    [InlineData("sort=name&pageSize=2&page=2", new[] { "Charlie Farm", "Delta School" })]
    public async Task ResultsSortAndPage(string query, string[] expected)
    {
        var (names, total) = await directory.SearchAsync(query);

        Assert.Equal(expected, names);
        Assert.Equal(5, total);
    }

    [Fact]
    public async Task TheLocalAuthoritySearchesItsSuspendedAndDraftProviders()
    {
        var (suspended, _) = await directory.SearchAsync("status=suspended", directory.LocalAuthority);
        var (drafts, _) = await directory.SearchAsync("status=draft", directory.LocalAuthority);
        var (othersDrafts, _) = await directory.SearchAsync("status=draft", directory.Neighbour);

        Assert.Equal(["Golf Suspended"], suspended);
        Assert.Equal(["Foxtrot Draft"], drafts);
        Assert.Empty(othersDrafts);
    }

    [Fact]
    public async Task AProviderFindsOnlyItself()
    {
        var (names, _) = await directory.SearchAsync("", TestCaller.Provider(directory.Ids["Echo Tuition"]));

        Assert.Equal(["Echo Tuition"], names);
    }

    /// <summary>Each parameter's rules: Directory.Model.Tests' SearchQueryTests; here, that a refusal reaches the client.</summary>
    [Theory]
    [InlineData("keyStage=KS3,KS9", "keyStage")]
    public async Task ABadQueryIsRefusedNamingTheParameter(string query, string parameter)
    {
        var response = await directory.Service.As(directory.School).GetAsync($"/api/directory/providers?{query}");

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey(parameter), $"errors should name {parameter}: {string.Join(", ", problem.Errors.Keys)}");
    }

    [Fact]
    public async Task ResultsAreCachedInRedisAndAChangeIsSeenAtOnce()
    {
        var query = "q=online";
        Assert.Empty((await directory.SearchAsync(query)).Names);
        using var redis = await ConnectionMultiplexer.ConnectAsync(directory.Service.Servers.Cache);
        var server = redis.GetServer(redis.GetEndPoints()[0]);
        Assert.NotEmpty(server.Keys(pattern: "directory:search:*:*").Take(1));

        await directory.Service.As(directory.LocalAuthority).PutAsJsonAsync($"/api/directory/providers/{directory.Ids["Echo Tuition"]}/profile",
            DirectorySamples.Profile(["KS3", "KS4"], ["SPLD"], places: 30, placesAvailable: 4, offer: "English and maths tuition, also online"));

        var (names, _) = await Eventually.Until(() => directory.SearchAsync(query), result => result.Names.Count > 0, TimeSpan.FromSeconds(5),
            because: "the cached empty result should be invalidated by the change");
        Assert.Equal(["Echo Tuition"], names);
    }

    [Fact]
    public async Task WithRedisDownSearchStillAnswers()
    {
        var withoutRedis = new Dictionary<string, string?>(DirectoryService.Settings) { ["ConnectionStrings:cache"] = $"127.0.0.1:{AppHost.Servers.FreePort.Next()},connectTimeout=200" };
        // The configured string: one read back from an opened connection has lost its password.
        var database = directory.Service.App.Services.GetRequiredService<IConfiguration>().GetConnectionString(DirectoryServiceExtensions.DatabaseName)!;
        await using var app = await directory.Service.Servers.StartServiceOnDatabaseAsync<DirectoryDbContext>(
            DirectoryServiceExtensions.DatabaseName, database, directory.Service.EntityPrefix, withoutRedis);

        var page = await app.CreateClient(directory.School).GetFromJsonAsync<JsonElement>("/api/directory/providers?registration=registered");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
    }
}
