using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// Referrals awaiting the signed-in person's decision (a school's submitted referrals for its headteacher, a trust's
/// awaiting its approval for its AP lead or executive, a local authority's own for its AP team and SEND caseworkers),
/// and for a school's AP lead and attendance lead every referral with its next step.
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
        var atLocalAuthority = caller?.OrganisationType == OrganisationType.LocalAuthority;
        Decides = ForTrust || (atSchool && caller?.Person?.HasAny(PersonRoles.Headteacher) != false)
            || (atLocalAuthority && caller?.Person?.HasAny(PersonRoles.ApTeam, PersonRoles.SendCaseworker) != false);
        if (Decides)
        {
            // An LA sees its area's referrals: it decides only its own, as a school's headteacher decides the school's.
            var decider = atLocalAuthority ? "local_authority" : "headteacher";
            Awaiting = (await referrals.ReferralsAsync(ForTrust ? "awaiting_trust_approval" : "submitted", cancellationToken)).Items
                .Where(r => ForTrust || r.DecidedBy == decider).ToList();
        }

        if (atSchool && caller?.Person?.HasAny(PersonRoles.ApLead, PersonRoles.AttendanceLead) == true)
        {
            var all = referrals.ReferralsAsync(cancellationToken);
            var placements = (await referrals.PlacementsAsync(cancellationToken)).Items.ToDictionary(p => p.Id, p => p.Status);
            All = (await all).Items
                .Select(r => (r, ReferralDisplay.Stage(r.Status, r.PlacementId is { } placement ? placements.GetValueOrDefault(placement) : null)))
                .ToList();
        }
    }
}
