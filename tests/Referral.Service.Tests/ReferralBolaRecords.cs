using System.Net.Http.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Bola;
using APPlatform.TestSupport.ReferralForms;
using static APPlatform.TestSupport.Bola.DemoOrganisations;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// On each side of the border a school's pupil referred, approved, agreed and placed with its demo provider (shared with
/// it, the school having audited it) and started, with a report asked for, an incident the provider reported, and a suspension.
/// </summary>
public sealed class ReferralBolaRecords(TestServers servers) : IBolaFixture, IAsyncLifetime
{
    /// <summary>Not route parameters: the side's provider and its pupil's UPN and surname, for bodies that name them.</summary>
    public const string ProviderKey = "provider";
    public const string UpnKey = "upn";
    public const string LastNameKey = "lastName";

    private readonly Dictionary<DemoOrganisation, BolaRecords> records = [];

    public ReferralService Service { get; } = new(servers);

    public string OpenApiPath => "/openapi/referral.json";

    public BolaRecords? RecordsOf(DemoOrganisation organisation) => records.GetValueOrDefault(organisation);

    public HttpClient As(TestCaller caller) => Service.As(caller);

    public async ValueTask InitializeAsync()
    {
        await Service.InitializeAsync();
        var demoshire = await SideAsync(DalesSchool, SkillsCentre);
        var westmoor = await SideAsync(WestmoorHigh, LearningAcademy);
        foreach (var organisation in new[] { Admin, Demoshire, Trust, DalesSchool, SkillsCentre })
        {
            records[organisation] = demoshire;
        }

        foreach (var organisation in new[] { Westmoor, WestmoorHigh, LearningAcademy })
        {
            records[organisation] = westmoor;
        }
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    private async Task<BolaRecords> SideAsync(DemoOrganisation school, DemoOrganisation provider)
    {
        var providerId = await Service.ProviderAsync(auditor: school.Caller, providerId: provider.Caller.OrganisationId);
        var (upn, lastName) = (ReferralBodies.NewUpn(), $"Canary{Guid.NewGuid():N}"[..20]);
        var pupil = ReferralBodies.Pupil(upn, lastName: lastName);
        var journey = new Journey(Service, school.Caller, providerId);
        await journey.ReferAsync(ReferralBodies.Referral(providerId, start: ReferralBodies.Today.AddDays(-10), pupil: pupil));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync();
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());

        var placement = $"/api/placements/{journey.PlacementId}";
        var report = await Service.CreatedIdAsync(await journey.Client.PostAsJsonAsync($"{placement}/report-requests",
            new { term = "Autumn", dueOn = ReferralBodies.Today.AddDays(30).ToString("yyyy-MM-dd") }));
        var incident = await Service.CreatedIdAsync(await Service.As(provider.Caller).PostAsJsonAsync($"{placement}/incidents", Incident));
        var suspension = await Service.CreatedIdAsync(await journey.Client.PostAsJsonAsync("/api/referrals/suspensions",
            new { pupil, firstDay = ReferralBodies.Today.ToString("yyyy-MM-dd"), schoolDays = 2 }));
        var referral = await ReferralService.OkAsync(await journey.Client.GetAsync($"/api/referrals/{journey.ReferralId}"));

        var side = new BolaRecords
        {
            ["referrals/{id}"] = journey.ReferralId.ToString(),
            ["placements/{id}"] = journey.PlacementId.ToString(),
            ["reports/{reportId}"] = report.ToString(),
            ["incidents/{incidentId}"] = incident.ToString(),
            ["pupils/{pupilId}"] = referral.GetProperty("pupil").GetProperty("id").GetString()!,
            ["pupils/{id}"] = referral.GetProperty("pupil").GetProperty("id").GetString()!,
            ["suspensions/{id}"] = suspension.ToString(),
            ["briefing/{topic}"] = "medical",
            [ProviderKey] = providerId.ToString(),
            [UpnKey] = upn,
            [LastNameKey] = lastName,
        };
        side.Secrets.AddRange([upn, lastName]);
        return side;
    }

    public static object Incident => new
    {
        occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
        category = "behaviour",
        summary = "BOLA matrix: an incident in the workshop.",
        reportedBy = "Morgan Manager",
    };
}
