using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Bola;
using APPlatform.TestSupport.DirectoryForms;
using static APPlatform.TestSupport.Bola.DemoOrganisations;

namespace APPlatform.ProviderDirectory.Tests;

/// <summary>
/// The demo directory (its two provider organisations' records among it), with Demo Learning Academy's record handed to
/// Westmoor, so each council keeps one provider. On each side: a private draft audit and a concern by its school, the
/// provider's own proposed change, and its keeper's inspection. The admin gets its own inspection and listing to remove.
/// </summary>
public sealed class DirectoryBolaRecords(TestServers servers)
    : ServiceUnderTest<DirectoryDbContext>(servers, DirectoryServiceExtensions.DatabaseName,
        new Dictionary<string, string?>(DirectoryService.Settings) { ["Directory:Demo:Seed"] = "true" }), IBolaFixture
{
    /// <summary>Not a route parameter: the council that keeps the side's provider, for bodies that name it.</summary>
    public const string Keeper = "keeper";

    private readonly Dictionary<DemoOrganisation, BolaRecords> records = [];

    public string OpenApiPath => "/openapi/directory.json";

    public BolaRecords? RecordsOf(DemoOrganisation organisation) => records.GetValueOrDefault(organisation);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var learningAcademy = LearningAcademy.Caller.OrganisationId;
        await OkAsync(As(Demoshire.Caller).PutAsJsonAsync($"/api/directory/providers/{learningAcademy}/owner", new { localAuthorityId = WestmoorId }));

        var demoshire = await SideAsync(Demoshire, DalesSchool, SkillsCentre);
        var westmoor = await SideAsync(Westmoor, WestmoorHigh, LearningAcademy);
        var admin = new BolaRecords();
        foreach (var (key, value) in demoshire)
        {
            admin[key] = value;
        }

        var elsewhere = Guid.NewGuid();
        await OkAsync(As(Admin.Caller).PutAsync($"/api/directory/providers/{demoshire["providers/{id}"]}/local-authorities/{elsewhere}", null));
        admin["local-authorities/{localAuthorityId}"] = elsewhere.ToString();
        admin["inspections/{inspectionId}"] = await InspectionAsync(Admin, demoshire["providers/{id}"]);

        records[Admin] = admin;
        foreach (var organisation in new[] { Demoshire, Trust, DalesSchool, SkillsCentre })
        {
            records[organisation] = demoshire;
        }

        foreach (var organisation in new[] { Westmoor, WestmoorHigh, LearningAcademy })
        {
            records[organisation] = westmoor;
        }
    }

    private async Task<BolaRecords> SideAsync(DemoOrganisation council, DemoOrganisation school, DemoOrganisation provider)
    {
        var id = provider.Caller.OrganisationId.ToString();
        var concern = $"BOLA canary: a concern about {provider} raised by {school}";
        var proposedName = $"BOLA canary: {provider} renamed";
        var side = new BolaRecords
        {
            ["providers/{id}"] = id,
            ["local-authorities/{localAuthorityId}"] = council.Caller.OrganisationId.ToString(),
            [Keeper] = council.Caller.OrganisationId.ToString(),
            ["assurances/{type}"] = "safer_recruitment",
            ["documents/{type}"] = "safeguarding_policy",
            ["audits/{auditId}"] = await CreatedAsync(As(school.Caller).PostAsJsonAsync($"/api/directory/providers/{id}/audits", new { isPrivate = true })),
            ["concerns/{concernId}"] = await CreatedAsync(As(school.Caller).PostAsJsonAsync($"/api/directory/providers/{id}/concerns",
                new { category = "attendance", summary = concern })),
            ["change-requests/{changeId}"] = (await As(provider.Caller).PutAsJsonAsync($"/api/directory/providers/{id}/details", new { name = proposedName })
                is { StatusCode: HttpStatusCode.Accepted } proposed
                ? (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!
                : throw new InvalidOperationException($"{provider}'s change was not proposed.")),
            ["inspections/{inspectionId}"] = await InspectionAsync(council, id),
        };
        side.Secrets.AddRange([concern, proposedName]);
        return side;
    }

    private async Task<string> InspectionAsync(DemoOrganisation keeper, string providerId) =>
        await CreatedAsync(As(keeper.Caller).PostAsJsonAsync($"/api/directory/providers/{providerId}/inspections", DirectorySamples.EifInspection()));

    private static async Task<string> CreatedAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task OkAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
