using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.TestSupport;
using APPlatform.TestSupport.DirectoryForms;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>Adding a provider and reading its full record: who may, and what is refused.</summary>
public sealed class ProvidersApiTests(DirectoryService directory) : IClassFixture<DirectoryService>
{
    private readonly TestCaller localAuthority = TestCaller.LocalAuthority();

    [Fact]
    public async Task ALocalAuthorityAddsAProviderOnItsOwnDirectoryAndReadsTheFullRecord()
    {
        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Peak Vocational Centre", profile: DirectorySamples.Profile(["KS3", "KS4"])));

        var record = await directory.GetProviderAsync(localAuthority, id);

        Assert.Equal("Peak Vocational Centre", record.GetProperty("name").GetString());
        Assert.Equal("listed", record.GetProperty("status").GetString());
        Assert.Equal("unregistered", record.GetProperty("registration").GetProperty("status").GetString());
        Assert.Equal(["KS3", "KS4"], record.GetProperty("profile").GetProperty("keyStages").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("Matlock", record.GetProperty("sites")[0].GetProperty("town").GetString());
        Assert.Equal(9, record.GetProperty("assurances").GetArrayLength());
        Assert.Equal(13, record.GetProperty("documents").GetArrayLength());
        Assert.All(record.GetProperty("documents").EnumerateArray(), d => Assert.Equal("missing", d.GetProperty("status").GetString()));
        Assert.Equal(localAuthority.OrganisationId, record.GetProperty("localAuthorityListings")[0].GetProperty("localAuthorityId").GetGuid());
        var created = record.GetProperty("listingHistory")[0];
        Assert.Equal("listed", created.GetProperty("to").GetString());
        Assert.Equal(localAuthority.ClientId, created.GetProperty("byClientId").GetString());
    }

    [Fact]
    public async Task APlatformAdminAddsAProviderToANamedLocalAuthoritysDirectory()
    {
        var admin = TestCaller.PlatformAdmin();
        var id = await directory.CreateProviderAsync(admin, new { name = "Riverside Tuition", localAuthorityId = localAuthority.OrganisationId });

        var record = await directory.GetProviderAsync(localAuthority, id);

        Assert.Equal(localAuthority.OrganisationId, record.GetProperty("localAuthorityListings")[0].GetProperty("localAuthorityId").GetGuid());
    }

    public static TheoryData<string> NotDirectoryTeams => ["school", "trust", "provider"];

    [Theory]
    [MemberData(nameof(NotDirectoryTeams))]
    public async Task SchoolsTrustsAndProvidersMayNotAddProviders(string organisation)
    {
        var caller = organisation switch { "school" => TestCaller.School(), "trust" => TestCaller.Trust(), _ => TestCaller.Provider() };

        var response = await directory.As(caller).PostAsJsonAsync("/api/directory/providers", new { name = "Sneaky Ltd" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Contains("local_authority, platform_admin", problem.Detail);
        Assert.Equal(0, await directory.WithDbAsync(db => db.Providers.CountAsync(p => p.Name == "Sneaky Ltd")));
    }

    [Fact]
    public async Task AddingAListedProviderPublishesProviderListedWithItsOutboxId()
    {
        await using var listener = await TestBus.StartAsync(directory.Servers.Messaging, directory.EntityPrefix);
        var received = await listener.SubscribeAsync<ProviderListed>();

        var id = await directory.CreateProviderAsync(localAuthority, DirectorySamples.Provider("Moorland Farm School", registration: DirectorySamples.Registered("149101")));

        var (messageId, message) = (await Eventually.Until(
            () => Task.FromResult(received.Where(m => m.Message.ProviderId == id).ToList()), m => m.Count > 0,
            because: "ProviderListed should cross RabbitMQ")).Single();
        Assert.True(message.IsRegistered);
        // The dispatcher marks the row once the broker has confirmed it, which can be after a subscriber has the message.
        await Eventually.Until(
            () => directory.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == messageId)), row => row.DispatchedAt is not null,
            because: "the outbox row should be marked dispatched");
    }

    [Fact]
    public async Task ADraftIsHiddenFromSchoolsButSeenByItsLocalAuthorityAndTheProviderItself()
    {
        var id = await directory.CreateProviderAsync(localAuthority, new { name = "Opening Soon", status = "draft" });

        Assert.Equal(HttpStatusCode.NotFound, (await directory.As(TestCaller.School(localAuthorityId: localAuthority.OrganisationId)).GetAsync($"/api/directory/providers/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await directory.As(TestCaller.LocalAuthority()).GetAsync($"/api/directory/providers/{id}")).StatusCode);
        Assert.Equal("draft", (await directory.GetProviderAsync(localAuthority, id)).GetProperty("status").GetString());
        Assert.Equal("draft", (await directory.GetProviderAsync(TestCaller.Provider(id), id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AnUnknownProviderIsNotFound()
    {
        var response = await directory.As(TestCaller.School()).GetAsync($"/api/directory/providers/{Guid.NewGuid()}");

        await ProblemAssert.HasStatus(response, HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Each field's rules: Directory.Model.Tests' ProviderFieldValidationTests; here, that a refusal names the field's
    /// path in the body, in a nested part and in a list, and writes nothing.
    /// </summary>
    public static TheoryData<string, string> InvalidProviders => new()
    {
        { """{"name": "X", "registration": {"status": "registered"}}""", "registration.urn" },
        { """{"name": "X", "sites": [{"addressLine1": "1 Road", "town": "Matlock", "postcode": "NOT A CODE"}]}""", "sites[0].postcode" },
    };

    [Theory]
    [MemberData(nameof(InvalidProviders))]
    public async Task AnInvalidFieldIsRefusedNamingTheFieldAndNothingIsWritten(string body, string field)
    {
        var before = await directory.WithDbAsync(db => db.Providers.CountAsync());

        var response = await directory.As(localAuthority).PostAsync("/api/directory/providers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey(field), $"errors should name {field}: {string.Join(", ", problem.Errors.Keys)}");
        Assert.Equal(before, await directory.WithDbAsync(db => db.Providers.CountAsync()));
    }

    [Theory]
    [InlineData("""{"name": """)]
    [InlineData("""{"name": 42}""")]
    [InlineData("""{"name": "X", "profile": {"keyStages": ["KS9"]}}""")]
    [InlineData("""{"name": "X", "profile": {"needsCatered": [1]}}""")]
    public async Task MalformedJsonIsRefusedSayingWhereItIsWrong(string body)
    {
        var response = await directory.As(localAuthority).PostAsync("/api/directory/providers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("Path: $", problem.Detail);
    }

    [Fact]
    public async Task ARetriedCreateWithTheSameIdempotencyKeyAddsOneProvider()
    {
        var client = directory.As(localAuthority);
        HttpRequestMessage Request(string name) => new(HttpMethod.Post, "/api/directory/providers")
        {
            Content = JsonContent.Create(new { name }),
            Headers = { { "Idempotency-Key", "create-once-42" } },
        };

        var first = await client.SendAsync(Request("Once Only Centre"));
        var retry = await client.SendAsync(Request("Once Only Centre"));
        var different = await client.SendAsync(Request("Another Name"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        await ProblemAssert.HasStatus(different, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, await directory.WithDbAsync(db => db.Providers.CountAsync(p => p.Name == "Once Only Centre")));
    }

    [Fact]
    public async Task TwoIdenticalRequestsAtOnceWithOneKeyAddOneProvider()
    {
        var client = directory.As(localAuthority);
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/directory/providers")
        {
            Content = JsonContent.Create(new { name = "Raced Centre" }),
            Headers = { { "Idempotency-Key", "raced-key" } },
        };

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.SendAsync(Request())));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await directory.WithDbAsync(db => db.Providers.CountAsync(p => p.Name == "Raced Centre")));
    }
}
