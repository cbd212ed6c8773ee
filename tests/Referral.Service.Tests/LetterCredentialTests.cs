using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using APPlatform.TestSupport;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Referrals.Tests;

/// <summary>
/// The letter token Notification.Service holds (decision 0007) reads one placement's letter and recipients for its
/// school, and nothing else; the school's own staff read them as before.
/// </summary>
public sealed class LetterCredentialTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task ALetterTokenReadsItsLetterAndItsRecipients()
    {
        var journey = await ReadyJourneyAsync();
        var reader = service.As(TestCaller.LetterReader(journey.School.OrganisationId, journey.PlacementId));

        var letter = await reader.GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter");
        var recipients = await reader.GetFromJsonAsync<JsonElement>($"/api/placements/{journey.PlacementId}/parent-notification/recipients");

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Contains("To Sam Example", await letter.Content.ReadAsStringAsync());
        Assert.Equal("sam@example.org", recipients.EnumerateArray().Single().GetProperty("email").GetString());
    }

    [Fact]
    public async Task ALetterTokenCannotReadAnotherPlacementsLetterEvenOfTheSameSchool()
    {
        var journey = await ReadyJourneyAsync();
        var other = await new Journey(service, journey.School, await service.ProviderAsync(registered: true)).ReadyAsync();
        var reader = service.As(TestCaller.LetterReader(journey.School.OrganisationId, journey.PlacementId));

        await ProblemAssert.HasStatus(
            await reader.GetAsync($"/api/placements/{other.PlacementId}/parent-notification/letter"), HttpStatusCode.Forbidden);
        await ProblemAssert.HasStatus(
            await reader.GetAsync($"/api/placements/{other.PlacementId}/parent-notification/recipients"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ALetterTokenNamingAnotherSchoolFindsNoLetter()
    {
        var journey = await ReadyJourneyAsync();
        var reader = service.As(TestCaller.LetterReader(Guid.NewGuid(), journey.PlacementId));

        await ProblemAssert.HasStatus(
            await reader.GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ALetterTokenCannotListReferralsOrReadThePlacementRecord()
    {
        var journey = await ReadyJourneyAsync();
        var reader = service.As(TestCaller.LetterReader(journey.School.OrganisationId, journey.PlacementId));

        foreach (var path in new[] { "/api/referrals", "/api/placements", $"/api/placements/{journey.PlacementId}", $"/api/referrals/{journey.ReferralId}" })
        {
            await ProblemAssert.HasStatus(await reader.GetAsync(path), HttpStatusCode.Forbidden);
        }

        await ProblemAssert.HasStatus(
            await reader.PostAsJsonAsync($"/api/placements/{journey.PlacementId}/parent-notification", ReferralBodies.Notification()),
            HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheSchoolsOwnStaffReadTheLetterAndRecipientsWithoutALetterClaim()
    {
        var journey = await ReadyJourneyAsync();

        Assert.Equal(HttpStatusCode.OK, (await journey.Client.GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/letter")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await journey.Client.GetAsync($"/api/placements/{journey.PlacementId}/parent-notification/recipients")).StatusCode);
    }

    private async Task<Journey> ReadyJourneyAsync() =>
        await new Journey(service, Journey.NewSchool(), await service.ProviderAsync(registered: true)).ReadyAsync();
}
