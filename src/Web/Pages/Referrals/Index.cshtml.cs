using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// Referrals awaiting the signed-in person's decision (a school's submitted referrals for its headteacher, a trust's
/// awaiting its approval for its AP lead or executive), and for a school's AP lead and attendance lead every referral
/// with its next step.
/// </summary>
public sealed class IndexModel(ReferralApi referrals) : PageModel
{
    public List<ReferralSummary> Awaiting { get; private set; } = [];

    /// <summary>The school's referrals with their stage (<see cref="ReferralDisplay.Stage"/>), for those who follow them; null for others.</summary>
    public List<(ReferralSummary Referral, string Stage)>? All { get; private set; }

    public bool ForTrust { get; private set; }

    public bool Decides { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Decided { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = Caller.FromPrincipal(User);
        ForTrust = caller?.OrganisationType == OrganisationType.Trust;
        var atSchool = caller?.OrganisationType == OrganisationType.School;
        Decides = ForTrust || (atSchool && caller?.Person?.HasAny(PersonRoles.Headteacher) != false);
        if (Decides)
        {
            Awaiting = (await referrals.ReferralsAsync(ForTrust ? "awaiting_trust_approval" : "submitted", cancellationToken)).Items;
        }

        if (atSchool && caller?.Person?.HasAny(PersonRoles.ApLead, PersonRoles.AttendanceLead) == true)
        {
            var all = referrals.ReferralsAsync(cancellationToken);
            var placements = (await referrals.PlacementsAsync(cancellationToken)).Items;
            // A referral's placement is the pupil's latest with the provider it proposed (the list answers neither's id for the other).
            string? PlacementStatus(ReferralSummary r) => placements.Where(p => p.PupilId == r.PupilId && p.ProviderId == r.ProviderId)
                .MaxBy(p => p.StartDate)?.Status;
            All = (await all).Items.Select(r => (r, ReferralDisplay.Stage(r.Status, PlacementStatus(r)))).ToList();
        }
    }
}
