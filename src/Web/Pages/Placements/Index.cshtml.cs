using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// The placements a school arranged or a provider takes, with their status, and the reviews and reports they have due:
/// the referral service answers each organisation with its own.
/// </summary>
public sealed class IndexModel(ReferralApi referrals, TimeProvider clock) : PageModel
{
    public List<PlacementSummary> Placements { get; private set; } = [];

    public DueTable Due { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var placements = referrals.PlacementsAsync(cancellationToken);
        var due = referrals.DueAsync(cancellationToken);
        Placements = (await placements).Items
            .OrderBy(p => p.Status switch { "active" => 0, "ending" => 1, "planned" => 2, _ => 3 })
            .ThenBy(p => p.PupilName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        var isProvider = Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.Provider;
        Due = new DueTable(await due, clock.TodayInEngland(), ShowPupil: true, MayWriteReports: isProvider);
    }
}
