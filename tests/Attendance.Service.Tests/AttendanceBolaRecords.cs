using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.Bola;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static APPlatform.TestSupport.Bola.DemoOrganisations;

namespace APPlatform.Attendance.Tests;

/// <summary>
/// On each side of the border a placement of its school's pupil with its demo provider, copied from Referral.Service's
/// event, an absence its provider marked, and the follow-up case the school escalated to its council. Attendance
/// knows no trusts, so the trust has no record here. The register export asks Referral.Service for UPNs: a stand-in
/// answers with none.
/// </summary>
public sealed class AttendanceBolaRecords(TestServers servers) : IBolaFixture, IAsyncLifetime
{
    private readonly Dictionary<DemoOrganisation, BolaRecords> records = [];
    private WebApplication referral = null!;

    public AttendanceService Service { get; private set; } = null!;

    public string OpenApiPath => "/openapi/attendance.json";

    public BolaRecords? RecordsOf(DemoOrganisation organisation) => records.GetValueOrDefault(organisation);

    public HttpClient As(TestCaller caller) => Service.As(caller);

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        referral = builder.Build();
        referral.MapPost("/api/referrals/pupils/lookup", () => Results.Json(Array.Empty<object>()));
        await referral.StartAsync();
        Service = new(servers, new Dictionary<string, string?>(AttendanceService.Settings) { ["services:referral:http:0"] = referral.Urls.First() });
        await Service.InitializeAsync();
        var demoshire = await SideAsync(Demoshire, DalesSchool, SkillsCentre);
        var westmoor = await SideAsync(Westmoor, WestmoorHigh, LearningAcademy);
        foreach (var organisation in new[] { Admin, Demoshire, DalesSchool, SkillsCentre })
        {
            records[organisation] = demoshire;
        }

        foreach (var organisation in new[] { Westmoor, WestmoorHigh, LearningAcademy })
        {
            records[organisation] = westmoor;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await referral.DisposeAsync();
    }

    private async Task<BolaRecords> SideAsync(DemoOrganisation council, DemoOrganisation school, DemoOrganisation provider)
    {
        var placement = await Service.PlacementAsync(provider.Caller.OrganisationId, school.Caller.OrganisationId,
            localAuthorityId: council.Caller.OrganisationId);
        await AttendanceService.OkAsync(await Service.PostReturnAsync(provider.Caller, AttendanceService.Today, AttendanceService.Mark(placement, "absent")));
        var cases = await Service.As(school.Caller).GetFromJsonAsync<JsonElement>("/api/attendance/cases");
        var caseId = cases.EnumerateArray().Single(c => c.GetProperty("placementId").GetGuid() == placement.PlacementId).GetProperty("id").GetString()!;
        await AttendanceService.OkAsync(await Service.As(school.Caller).PostAsJsonAsync($"/api/attendance/cases/{caseId}/escalate",
            new { to = "local_authority", note = "BOLA matrix: no contact for three days" }));

        return new BolaRecords
        {
            ["placements/{placementId}"] = placement.PlacementId.ToString(),
            ["summaries/{level}"] = "placements",
            ["summaries/{id}"] = placement.PlacementId.ToString(),
            ["schools/{schoolId}"] = school.Caller.OrganisationId.ToString(),
            ["providers/{providerId}"] = provider.Caller.OrganisationId.ToString(),
            ["cases/{id}"] = caseId,
            ["pupils/{pupilId}"] = placement.PupilId.ToString(),
        };
    }
}
