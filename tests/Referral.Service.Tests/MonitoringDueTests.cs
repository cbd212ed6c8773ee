using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>GET /api/placements/due: the reviews and reports a school's and a provider's running placements have due.</summary>
public sealed class MonitoringDueTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task AStartedPlacementHasItsAgreementReviewAndTermlyReportDueForTheSchoolAndTheProviderAndNoOneElse()
    {
        var start = ReferralBodies.Today.AddDays(-10);
        var (journey, provider) = await StartedAsync(start);

        var forSchool = Mine(await journey.Client.GetFromJsonAsync<JsonElement>("/api/placements/due"), journey.PlacementId);
        var forProvider = Mine(await service.As(TestCaller.Provider(provider)).GetFromJsonAsync<JsonElement>("/api/placements/due"), journey.PlacementId);
        var forAnotherSchool = Mine(await service.As(Journey.NewSchool()).GetFromJsonAsync<JsonElement>("/api/placements/due"), journey.PlacementId);

        var review = Assert.Single(forSchool, due => due.GetProperty("kind").GetString() == "agreement_review");
        Assert.Equal(start.AddDays(7 * 12).ToString("yyyy-MM-dd"), review.GetProperty("dueOn").GetString());
        var report = Assert.Single(forSchool, due => due.GetProperty("kind").GetString() == "provider_report");
        Assert.Equal(JsonValueKind.String, report.GetProperty("term").ValueKind);
        Assert.Equal(forSchool.Select(due => due.GetRawText()), forProvider.Select(due => due.GetRawText()));
        Assert.Empty(forAnotherSchool);
    }

    [Fact]
    public async Task AReportAskedForMidTermAndSubmittedLeavesTheTermsOwnReportDueOnce()
    {
        var (journey, provider) = await StartedAsync(ReferralBodies.Today.AddDays(-10));
        var extra = await service.CreatedIdAsync(await journey.Client.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/report-requests",
            new { term = "Half-term check", dueOn = ReferralBodies.Today.AddDays(7).ToString("yyyy-MM-dd") }));

        await ReferralService.OkAsync(await service.As(TestCaller.Provider(provider)).PostAsJsonAsync($"/api/placements/{journey.PlacementId}/reports/{extra}",
            new { progress = "Settled in.", behaviour = "Good.", welfare = "Well.", submittedBy = "Morgan Manager" }));

        var due = Mine(await journey.Client.GetFromJsonAsync<JsonElement>("/api/placements/due"), journey.PlacementId);
        var report = Assert.Single(due, item => item.GetProperty("kind").GetString() == "provider_report");
        Assert.NotEqual("Half-term check", report.GetProperty("term").GetString());
    }

    private async Task<(Journey Journey, Guid Provider)> StartedAsync(DateOnly start)
    {
        var school = Journey.NewSchool();
        var provider = await service.ProviderAsync(registered: true, auditor: school);
        var journey = await new Journey(service, school, provider).ReadyAsync(ReferralBodies.Referral(provider, start: start));
        await ReferralService.OkAsync(await journey.StartAsync());
        return (journey, provider);
    }

    private static List<JsonElement> Mine(JsonElement due, Guid placementId) =>
        due.EnumerateArray().Where(item => item.GetProperty("placementId").GetGuid() == placementId).ToList();
}
