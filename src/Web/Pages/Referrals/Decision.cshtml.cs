using System.Net;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Referrals;

/// <summary>
/// The headteacher's decision on a submitted referral (approving names the AP lead who takes it on), the trust's on
/// one awaiting its approval, or the local authority's on its own. The decision is recorded in the signed-in person's
/// name.
/// </summary>
public sealed class DecisionModel(ReferralApi referrals) : PageModel
{
    public ReferralRecord Referral { get; private set; } = null!;

    public bool ForTrust => Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.Trust;

    public bool ForLocalAuthority => Caller.FromPrincipal(User)?.OrganisationType == OrganisationType.LocalAuthority;

    /// <summary>Only the school's headteacher names the AP lead who takes the referral on.</summary>
    public bool NamesApLead => !ForTrust && !ForLocalAuthority;

    [BindProperty]
    public bool? Approved { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public string? ApLeadName { get; set; }

    [BindProperty]
    public string? ApLeadEmail { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => Referral = await referrals.ReferralAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Approved is null)
        {
            ModelState.AddModelError(nameof(Approved), "Select whether you approve the referral");
        }

        if (Approved == false && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), "Enter why you are not approving the referral");
        }

        if (NamesApLead && Approved == true && string.IsNullOrWhiteSpace(ApLeadName))
        {
            ModelState.AddModelError(nameof(ApLeadName), "Enter the name of the AP lead who will take the referral on");
        }

        if (ModelState.IsValid)
        {
            var note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
            try
            {
                if (ForTrust)
                {
                    await referrals.DecideAsTrustAsync(id, Approved!.Value, note, cancellationToken);
                }
                else if (ForLocalAuthority)
                {
                    await referrals.DecideAsLocalAuthorityAsync(id, Approved!.Value, note, cancellationToken);
                }
                else
                {
                    var apLead = Approved == true ? new StaffMemberInput(ApLeadName!.Trim(), "AP lead", Blank(ApLeadEmail), null) : null;
                    await referrals.DecideAsHeadteacherAsync(id, Approved!.Value, note, apLead, cancellationToken);
                }

                TempData["Decided"] = Approved == true ? "Referral approved" : "Referral not approved";
                return RedirectToPage("Index");
            }
            catch (PlatformApiException refusal) when (refusal.Status.IsFieldProblem() || refusal.Status == HttpStatusCode.Conflict)
            {
                var fields = new Dictionary<string, string>
                {
                    ["approved"] = nameof(Approved), ["note"] = nameof(Note), ["apLead.name"] = nameof(ApLeadName), ["apLead.email"] = nameof(ApLeadEmail),
                    ["apLead"] = nameof(ApLeadName),
                };
                ModelState.AddRefusal(refusal, fields.GetValueOrDefault);
            }
        }

        Referral = await referrals.ReferralAsync(id, cancellationToken);
        return Page();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
