using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// Directory.Service on its own database and broker namespace, shared by one test class. Deadlines are checked every
/// 200 ms so expiry notices arrive within a test; the demo directory is not seeded (tests make their own providers).
/// </summary>
public sealed class DirectoryService(TestServers servers)
    : ServiceUnderTest<DirectoryDbContext>(servers, DirectoryServiceExtensions.DatabaseName, Settings)
{
    /// <summary>The same helpers for an app a test started itself, with settings of its own.</summary>
    internal DirectoryService(TestServers servers, ServiceApp<DirectoryDbContext> app)
        : this(servers) => App = app;

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Scheduling:PollInterval"] = "00:00:00.200",
        ["Directory:Demo:Seed"] = "false",
    };

    /// <summary>Adds a provider as <paramref name="localAuthority"/> and returns its id.</summary>
    public async Task<Guid> CreateProviderAsync(TestCaller localAuthority, object body)
    {
        var response = await As(localAuthority).PostAsJsonAsync("/api/directory/providers", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> GetProviderAsync(TestCaller caller, Guid id) =>
        await As(caller).GetFromJsonAsync<JsonElement>($"/api/directory/providers/{id}");
}
