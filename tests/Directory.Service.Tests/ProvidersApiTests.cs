using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ProviderDirectory.Tests;

public sealed class ProvidersApiTests(TestServers servers) : IAsyncLifetime
{
    private readonly string entityPrefix = servers.NewEntityPrefix();
    private ServiceApp<DirectoryDbContext> directory = null!;

    public async ValueTask InitializeAsync() =>
        directory = await servers.StartServiceAsync<DirectoryDbContext>(DirectoryServiceExtensions.DatabaseName, entityPrefix);

    public ValueTask DisposeAsync() => directory.DisposeAsync();

    [Fact]
    public async Task ALocalAuthorityAddsAProviderAndReadsItBack()
    {
        var client = directory.CreateClient(TestCaller.LocalAuthority());

        var created = await client.PostAsJsonAsync("/api/directory/providers", new { name = "  Peak Vocational Centre " });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal($"/api/directory/providers/{id}", created.Headers.Location?.ToString());
        var provider = await client.GetFromJsonAsync<JsonElement>($"/api/directory/providers/{id}");
        Assert.Equal("Peak Vocational Centre", provider.GetProperty("name").GetString());
    }

    [Fact]
    public async Task APlatformAdminAddsAProvider()
    {
        var created = await directory.CreateClient(TestCaller.PlatformAdmin())
            .PostAsJsonAsync("/api/directory/providers", new { name = "Riverside Tuition" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    public static TheoryData<string> OrganisationsThatMayNotAddProviders => ["school", "trust", "provider"];

    [Theory]
    [MemberData(nameof(OrganisationsThatMayNotAddProviders))]
    public async Task OnlyLocalAuthoritiesAndAdminsAddProviders(string organisation)
    {
        var caller = organisation switch
        {
            "school" => TestCaller.School(),
            "trust" => TestCaller.Trust(),
            _ => TestCaller.Provider(),
        };

        var response = await directory.CreateClient(caller).PostAsJsonAsync("/api/directory/providers", new { name = "Sneaky Ltd" });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.Forbidden);
        Assert.Contains("local_authority, platform_admin", problem.Detail);
        Assert.Equal(0, await CountProvidersAsync("Sneaky Ltd"));
    }

    [Fact]
    public async Task WithoutATokenNothingIsAnswered()
    {
        var response = await directory.CreateClient().PostAsJsonAsync("/api/directory/providers", new { name = "Anonymous" });

        await ProblemAssert.HasStatus(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ABlankNameIsRefusedNamingTheField()
    {
        var response = await directory.CreateClient(TestCaller.LocalAuthority()).PostAsJsonAsync("/api/directory/providers", new { name = " " });

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey("name"), $"errors should name the field: {string.Join(", ", problem.Errors.Keys)}");
    }

    [Fact]
    public async Task MalformedJsonIsRefusedSayingWhereItIsWrong()
    {
        var response = await directory.CreateClient(TestCaller.LocalAuthority())
            .PostAsync("/api/directory/providers", new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await ProblemAssert.HasStatus(response, HttpStatusCode.BadRequest);
        Assert.Contains("Path: $", problem.Detail);
    }

    [Fact]
    public async Task AnUnknownProviderIsNotFound()
    {
        var response = await directory.CreateClient(TestCaller.School()).GetAsync($"/api/directory/providers/{Guid.NewGuid()}");

        await ProblemAssert.HasStatus(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AddingAProviderPublishesProviderListedOverRabbitMqWithItsOutboxId()
    {
        await using var listener = await TestBus.StartAsync(servers.Messaging, entityPrefix);
        var received = await listener.SubscribeAsync<ProviderListed>();

        var created = await directory.CreateClient(TestCaller.LocalAuthority()).PostAsJsonAsync("/api/directory/providers", new { name = "Moorland Farm School" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var (messageId, message) = (await Eventually.Until(
            () => Task.FromResult(received.Where(m => m.Message.ProviderId == id).ToList()),
            matches => matches.Count > 0,
            because: "ProviderListed should arrive over RabbitMQ")).Single();
        Assert.Equal("Moorland Farm School", message.Name);
        await using var scope = directory.Services.CreateAsyncScope();
        var outboxRow = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().SingleAsync(m => m.Id == messageId);
        Assert.NotNull(outboxRow.DispatchedAt);
    }

    private async Task<int> CountProvidersAsync(string name)
    {
        await using var scope = directory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Providers.CountAsync(p => p.Name == name);
    }
}
