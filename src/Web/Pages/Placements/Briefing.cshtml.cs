using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Placements;

/// <summary>
/// What the provider is told about the pupil: the provider's staff read it; at the school, those who share a part
/// see what they shared, change it, and see when the provider read it.
/// </summary>
public sealed class BriefingModel(ReferralApi referrals) : PageModel
{
    public PlacementRecord Placement { get; private set; } = null!;

    public ProviderBriefing Briefing { get; private set; } = null!;

    /// <summary>The commissioner's view: the provider's reads are listed (the provider's view has none).</summary>
    public bool IsCommissioner => Briefing.ProviderReads is not null;

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var placement = referrals.PlacementAsync(id, cancellationToken);
        var briefing = referrals.BriefingAsync(id, cancellationToken);
        (Placement, Briefing) = (await placement, await briefing);
    }
}
