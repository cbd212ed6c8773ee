using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// Referrals awaiting the signed-in person's decision: a school's submitted referrals for its headteacher, a trust's
/// referrals awaiting its approval for its AP lead or executive.
/// </summary>
public sealed class IndexModel(ReferralApi referrals) : PageModel
{
    public List<ReferralSummary> Awaiting { get; private set; } = [];

    public bool ForTrust { get; private set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Decided { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ForTrust = Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.Trust;
        Awaiting = (await referrals.ReferralsAsync(ForTrust ? "awaiting_trust_approval" : "submitted", cancellationToken)).Items;
    }
}
