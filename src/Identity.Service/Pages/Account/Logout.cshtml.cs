using APPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Identity.Pages.Account;

/// <summary>Signing out is a POST (with its antiforgery token), so a link on another site cannot sign a person out.</summary>
public sealed class LogoutModel(SignInManager<PlatformUser> signIns) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIns.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
