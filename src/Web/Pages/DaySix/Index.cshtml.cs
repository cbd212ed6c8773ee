using APPlatform.ServiceDefaults.Time;
using APPlatform.Web.Design.TagHelpers;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.DaySix;

/// <summary>
/// Day-six cases: pupils suspended for more than five school days, for whom the school must provide full-time education
/// from the sixth (Education and Inspections Act 2006, section 100), and whether a placement does.
/// </summary>
public sealed class IndexModel(ReferralApi referrals, TimeProvider clock) : PageModel
{
    public List<DaySixCase> Cases { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.TodayInEngland();
        Cases = await referrals.DaySixCasesAsync(cancellationToken);
    }

    public (TagColour Colour, string Text) Provision(DaySixCase suspension) => suspension switch
    {
        { Provided: true } => (TagColour.Green, "Placement in place"),
        _ when suspension.DaySix <= Today => (TagColour.Red, "No provision"),
        _ => (TagColour.Yellow, "Not yet arranged"),
    };
}
