using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.Chaos;

/// <summary>A placement the school was told had started, and the carer its letter was sent to.</summary>
public sealed record StartedJourney(Guid PlacementId, string CarerEmail);

/// <summary>
/// The demo school refers pupils to Demo Learning Academy (registered, so no trust approval) and takes each referral
/// through the headteacher's decision, the plan, the parents' agreement and letter to a started placement, as
/// tests/EndToEnd.Tests' RunningPlatform.StartedPlacementAsync does, retrying each step as a real client would.
/// </summary>
public sealed class Journeys(ChaosOptions options, RetryingClient school)
{
    private static readonly Guid DemoLearningAcademy = Guid.Parse("9d000000-0000-0000-0000-000000000002");

    public ConcurrentBag<StartedJourney> Started { get; } = [];

    public ConcurrentBag<string> Abandoned { get; } = [];

    /// <summary>Runs the journeys two at a time, spread over the faults.</summary>
    public async Task RunAsync(TimeSpan spread, Task faultsOver)
    {
        await Paced.ForEachAsync(options.Journeys, 2, spread, faultsOver, async _ =>
        {
            try
            {
                Started.Add(await JourneyAsync());
            }
            catch (JourneyStopped stopped)
            {
                Abandoned.Add(stopped.Message);
            }
        });
    }

    private async Task<StartedJourney> JourneyAsync()
    {
        var carer = $"carer-{Guid.NewGuid():N}@example.org";
        var everyWeekday = Enumerable.Range(1, 5)
            .Select(d => (object)new { day = ((DayOfWeek)d).ToString().ToLowerInvariant(), session = "AM", starts = "09:00:00", ends = "12:00:00" }).ToArray();
        var referral = Id(await Step("refer", school.PostAsync("/api/referrals",
            ReferralBodies.Referral(DemoLearningAcademy, start: ReferralBodies.Today.AddDays(-14), timetable: everyWeekday, pupil: ReferralBodies.Pupil(carerEmail: carer))), HttpStatusCode.Created));
        await Step("submit", school.PostAsync($"/api/referrals/{referral}/submit", null, idempotent: false));
        await Step("decide", school.PostAsync($"/api/referrals/{referral}/headteacher-decision", ReferralBodies.HeadteacherDecision(approved: true), idempotent: false));
        await Step("plan", school.PutAsync($"/api/referrals/{referral}/plan", ReferralBodies.Plan()));
        await Step("agree", school.PostAsync($"/api/referrals/{referral}/parent-agreement", ReferralBodies.Agreement(agreed: true), idempotent: false));
        var placement = Id(await Step("place", school.PostAsync($"/api/referrals/{referral}/placement", ReferralBodies.Placement(registrationMode: "dual")), HttpStatusCode.Created));
        await Step("letter", school.PostAsync($"/api/placements/{placement}/parent-notification", ReferralBodies.Notification(), idempotent: false));
        for (var waited = DateTime.UtcNow; ; await Task.Delay(500))
        {
            var checks = await Step("checks", school.GetAsync($"/api/placements/{placement}/checks"));
            if (JsonDocument.Parse(checks.Body).RootElement.GetProperty("mayStart").GetBoolean())
            {
                break;
            }

            if (DateTime.UtcNow - waited > TimeSpan.FromMinutes(3))
            {
                throw new JourneyStopped($"placement {placement} may not start after 3 minutes: {checks.Body}");
            }
        }

        await Step("start", school.PostAsync($"/api/placements/{placement}/start", null, idempotent: false));
        return new StartedJourney(placement, carer);
    }

    /// <summary>The step's answer if it succeeded, or if a 409 follows a try that may have done it already.</summary>
    private static async Task<Outcome> Step(string name, Task<Outcome> call, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var outcome = await call;
        return outcome.Status == expected || (outcome.Succeeded && expected == HttpStatusCode.OK)
               || (outcome.Status == HttpStatusCode.Conflict && outcome.Ambiguous)
            ? outcome
            : throw new JourneyStopped($"{name}: {(int?)outcome.Status} {outcome.Body}");
    }

    private static Guid Id(Outcome created) => JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetGuid();

    private sealed class JourneyStopped(string message) : Exception(message);
}
