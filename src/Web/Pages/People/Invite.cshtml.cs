using System.Net;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.Web.Platform;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.People;

/// <summary>
/// An organisation's administrator invites a person into it with roles. Identity.Service decides (only an
/// administrator, only roles the organisation's type gives, no existing account); this page asks and shows its answer.
/// </summary>
public sealed class InviteModel(IdentityApi identity) : PageModel
{
    public IReadOnlyList<string> RolesOffered { get; private set; } = [];

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [TempData]
    public string? Done { get; set; }

    /// <summary>The invitee's one-time link, which Identity.Service answers in Development only (it is always emailed).</summary>
    [TempData]
    public string? Link { get; set; }

    public IActionResult OnGet() => Offer() ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Offer())
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), "Enter the email address of the person to invite");
        }

        if (Roles.Count == 0)
        {
            ModelState.AddModelError(nameof(Roles), "Select at least one role");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Invitation invitation;
        try
        {
            invitation = await identity.InviteAsync(Email!.Trim(), Roles, cancellationToken);
        }
        catch (PlatformApiException refusal)
            when (refusal.Status.IsFieldProblem() || refusal.Status is HttpStatusCode.Conflict or HttpStatusCode.ServiceUnavailable)
        {
            // A refusal naming no field (an existing account, the mail relay down) is about the address.
            ModelState.AddRefusal(refusal, path => path switch { "email" => nameof(Email), "roles" => nameof(Roles), _ => null }, nameof(Email));
            return Page();
        }

        Done = $"{invitation.Email} is invited as {string.Join(", ", invitation.Roles.Select(PersonRoles.Words))} until {EnglandTime.Long(invitation.ExpiresAt)}";
        Link = invitation.Link;
        return RedirectToPage();
    }

    /// <summary>Only an administrator invites; they offer the roles their organisation's type gives.</summary>
    private bool Offer()
    {
        var caller = Caller.FromPrincipal(User);
        RolesOffered = caller is { Person: { } person } && person.HasAny(PersonRoles.Administrator)
            ? PersonRoles.ForOrganisation(caller.OrganisationType)
            : [];
        return RolesOffered.Count > 0;
    }
}
