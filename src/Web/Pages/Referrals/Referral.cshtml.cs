using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// A referral as its school follows it: where it stands, the next step, and once its placement is planned the
/// pre-placement checks the referral service runs, each passed or saying what it still needs.
/// </summary>
public sealed class ReferralModel(ReferralApi referrals) : PageModel
{
    public ReferralRecord Referral { get; private set; } = null!;

    /// <summary>Where the referral stands (<see cref="ReferralDisplay.Stage"/>).</summary>
    public string Stage { get; private set; } = "";

    /// <summary>The checks on the placement while it is planned; null before it is, and once it has started.</summary>
    public ChecksResult? Checks { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Referral = await referrals.ReferralAsync(id, cancellationToken);
        var placement = Referral.PlacementId is { } placementId ? await referrals.PlacementAsync(placementId, cancellationToken) : null;
        Stage = ReferralDisplay.Stage(Referral.Status, placement?.Status);
        if (placement is { Status: "planned" })
        {
            Checks = await referrals.ChecksAsync(placement.Id, cancellationToken);
        }
    }

    public static string CheckName(string check) => check switch
    {
        "approvals" => "Headteacher's and trust's approval",
        "parent_agreement" => "Parents' agreement",
        "personalised_plan" => "Personalised plan",
        "provider_listing" => "Provider listed in the directory",
        "audit" => "Audit and risk assessment of the provider",
        "unregistered_provider" => "Registered provider, or exceptional use recorded",
        "parent_notification" => "Written notification to the parents",
        _ => ApiWords.Sentence(check),
    };
}
