using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// One placement: its arrangements, what it has due, the provider's termly reports, the reviews held (the school's
/// view) and the incidents; the provider writes its reports and records incidents from here.
/// </summary>
public sealed class PlacementModel(ReferralApi referrals, TimeProvider clock) : PageModel
{
    public PlacementRecord Placement { get; private set; } = null!;

    public List<ProviderReport> SubmittedReports { get; private set; } = [];

    public DueTable Due { get; private set; } = null!;

    public bool IsProvider { get; private set; }

    /// <summary>The provider, and the commissioner's people (the referral service decides which of them read it).</summary>
    public bool ReadsBriefing { get; private set; }

    public bool IsRunning => Placement.Status is "active" or "ending";

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var placement = referrals.PlacementAsync(id, cancellationToken);
        var reports = referrals.ReportsAsync(id, cancellationToken);
        var due = referrals.DueAsync(cancellationToken);
        Placement = await placement;
        SubmittedReports = (await reports).Where(r => r.Status == "submitted").OrderByDescending(r => r.DueOn).ToList();
        var caller = Caller.FromPrincipal(User);
        IsProvider = caller?.OrganisationType == OrganisationType.Provider;
        ReadsBriefing = IsProvider || caller?.OrganisationId == Placement.CommissionerId;
        Due = new DueTable((await due).Where(d => d.PlacementId == id).ToList(), clock.TodayInEngland(), ShowPupil: false, MayWriteReports: IsProvider);
    }
}
