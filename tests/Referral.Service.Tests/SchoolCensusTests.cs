using System.Net;
using APPlatform.Referrals.Census;
using APPlatform.ServiceDefaults.Csv;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>The school census's AP placements module as a school exports it for its MIS, over the real service.</summary>
public sealed class SchoolCensusTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ASchoolExportsItsRunningPlacementForTheCensusDayWithTheProvidersUrnAndTheCensusCodesAndNoOneElsesPupils()
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school, urn: "149099");
        var upn = ReferralBodies.NewUpn();
        var journey = new Journey(service, school, provider);
        await journey.ReferAsync(ReferralBodies.Referral(provider, reason: "suspension", pupil: ReferralBodies.Pupil(upn: upn, lastName: "=Census")));
        await journey.ApproveAsync();
        await journey.PlanAndAgreeAsync();
        await journey.PlanPlacementAsync(registrationMode: "dual");
        await journey.NotifyAsync();
        await ReferralService.OkAsync(await journey.StartAsync());
        var censusDay = ReferralBodies.Today.AddDays(14).ToString("yyyy-MM-dd");

        var response = await journey.Client.GetAsync($"/api/placements/census?censusDate={censusDay}");
        var (header, rows) = CsvTable.Read(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(SchoolCensusExport.Columns.Select(c => c.ToLowerInvariant()), header);
        var row = Assert.Single(rows);
        Assert.Equal([upn, "'=Census", "149099", null, null, censusDay, null, "SUS", "PT", "3"],
            new[] { "upn", "surname", "urn", "ukprn", "settingtype", "entrydate", "leavingdate", "reason", "attendancepattern", "sessionsperweek" }
                .Select(column => row[column]));

        var theDayBefore = ReferralBodies.Today.AddDays(13).ToString("yyyy-MM-dd");
        Assert.Empty(CsvTable.Read(await journey.Client.GetStringAsync($"/api/placements/census?censusDate={theDayBefore}")).Rows);
        var trust = service.As(TestCaller.Trust(school.TrustId));
        var trustsRows = CsvTable.Read(await trust.GetStringAsync($"/api/placements/census?censusDate={censusDay}")).Rows;
        Assert.Equal([upn], trustsRows.Select(r => r["upn"]));
        var anotherSchool = service.As(Journey.NewSchool());
        Assert.Empty(CsvTable.Read(await anotherSchool.GetStringAsync($"/api/placements/census?censusDate={censusDay}")).Rows);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await service.As(TestCaller.Provider(provider)).GetAsync($"/api/placements/census?censusDate={censusDay}")).StatusCode);
    }
}
