using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// One pupil's way from referral to placement as a school's AP lead walks it, step by step, so each test goes as far as
/// it needs and changes what it tests.
/// </summary>
public sealed class Journey(ReferralService service, TestCaller school, Guid providerId)
{
    public TestCaller School => school;

    public HttpClient Client { get; } = service.As(school);

    public Guid ReferralId { get; private set; }

    public Guid PlacementId { get; private set; }

    public static TestCaller NewSchool() => TestCaller.School(trustId: Guid.NewGuid(), localAuthorityId: Guid.NewGuid());

    public async Task<Journey> ReferAsync(object? body = null)
    {
        ReferralId = await service.CreatedIdAsync(await Client.PostAsJsonAsync("/api/referrals", body ?? ReferralBodies.Referral(providerId)));
        return this;
    }

    public async Task<Journey> ApproveAsync()
    {
        await ReferralService.OkAsync(await Client.PostAsync($"/api/referrals/{ReferralId}/submit", null));
        var decided = await ReferralService.OkAsync(await HeadteacherAsync(approved: true));
        if (decided.GetProperty("status").GetString() == "awaiting_trust_approval")
        {
            await ReferralService.OkAsync(await TrustAsync(approved: true));
        }

        return this;
    }

    public Task<HttpResponseMessage> HeadteacherAsync(bool approved) =>
        Client.PostAsJsonAsync($"/api/referrals/{ReferralId}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved));

    public Task<HttpResponseMessage> TrustAsync(bool approved) => service.As(TestCaller.Trust(school.TrustId))
        .PostAsJsonAsync($"/api/referrals/{ReferralId}/trust-decision", new { approved, decidedBy = "Trust director of education" });

    public async Task<Journey> PlanAndAgreeAsync(bool agreed = true)
    {
        await ReferralService.OkAsync(await Client.PutAsJsonAsync($"/api/referrals/{ReferralId}/plan", ReferralBodies.Plan()));
        await ReferralService.OkAsync(await AgreementAsync(agreed));
        return this;
    }

    public Task<HttpResponseMessage> AgreementAsync(bool agreed, int reviewEveryWeeks = 12) =>
        Client.PostAsJsonAsync($"/api/referrals/{ReferralId}/parent-agreement", ReferralBodies.Agreement(agreed, reviewEveryWeeks));

    public async Task<Journey> PlanPlacementAsync(string legalBasis = "school_arranged", string registrationMode = "approved_activity", bool soleProvision = false)
    {
        PlacementId = await service.CreatedIdAsync(await Client.PostAsJsonAsync($"/api/referrals/{ReferralId}/placement",
            ReferralBodies.Placement(legalBasis, registrationMode, soleProvision)));
        return this;
    }

    public async Task<Journey> NotifyAsync()
    {
        await ReferralService.OkAsync(await Client.PostAsJsonAsync($"/api/placements/{PlacementId}/parent-notification", ReferralBodies.Notification()));
        return this;
    }

    /// <summary>Everything up to a planned placement, from <paramref name="referral"/> or the default referral.</summary>
    public async Task<Journey> PlannedAsync(object? referral = null)
    {
        await ReferAsync(referral);
        await ApproveAsync();
        await PlanAndAgreeAsync();
        return await PlanPlacementAsync();
    }

    /// <summary>Everything up to a placement ready to start, from <paramref name="referral"/> or the default referral.</summary>
    public async Task<Journey> ReadyAsync(object? referral = null) => await (await PlannedAsync(referral)).NotifyAsync();

    public Task<HttpResponseMessage> StartAsync() => Client.PostAsync($"/api/placements/{PlacementId}/start", null);

    public async Task<JsonElement> ChecksAsync() => await Client.GetFromJsonAsync<JsonElement>($"/api/placements/{PlacementId}/checks");
}
