using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>The development environment's demo directory: realistic, varied, and what the demo clients act on.</summary>
public sealed class DemoDirectoryTests(TestServers servers) : IAsyncLifetime
{
    private static readonly TestCaller demoSchool = TestCaller.School(
        Guid.Parse("5c000000-0000-0000-0000-000000000001"), Guid.Parse("7a000000-0000-0000-0000-000000000001"), Guid.Parse("1a000000-0000-0000-0000-000000000001"));

    private ServiceApp<DirectoryDbContext> app = null!;

    public async ValueTask InitializeAsync() => app = await servers.StartServiceAsync<DirectoryDbContext>(
        DirectoryServiceExtensions.DatabaseName, servers.NewEntityPrefix(), new Dictionary<string, string?> { ["Directory:Demo:Seed"] = "true" });

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task TheDemoDirectoryHasEveryKindOfProviderAndSomeAudits()
    {
        var client = app.CreateClient(demoSchool);

        // The audits are the seed's last step, so once they show the rest is there.
        var suitable = await Eventually.Until(() => client.GetFromJsonAsync<JsonElement>("/api/directory/providers?auditOutcome=suitable"),
            page => page.GetProperty("total").GetInt32() > 0, because: "the seed runs at start-up");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/directory/providers?pageSize=100");
        var registered = await client.GetFromJsonAsync<JsonElement>("/api/directory/providers?registration=registered&pageSize=100");
        var items = all.GetProperty("items").EnumerateArray().ToList();

        Assert.InRange(all.GetProperty("total").GetInt32(), 28, 35);
        Assert.InRange(registered.GetProperty("total").GetInt32(), 5, 10);
        Assert.Contains(items, p => p.GetProperty("outOfCounty").GetBoolean());
        Assert.Contains(items, p => p.GetProperty("id").GetGuid() == Guid.Parse("9d000000-0000-0000-0000-000000000001"));
        Assert.Contains(items, p => p.GetProperty("ofstedOutcome").GetString() == "expected_standard");
        Assert.Equal(3, suitable.GetProperty("total").GetInt32()); // Moorland Farm's audit is private to the second school
        Assert.DoesNotContain(items, p => p.GetProperty("status").GetString() != "listed");
    }
}
