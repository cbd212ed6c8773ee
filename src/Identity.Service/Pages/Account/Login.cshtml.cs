using APPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Identity.Pages.Account;

/// <summary>
/// Email and password. A wrong password counts towards a lock-out (5 in a row lock the account for 15 minutes); the
/// page says the same for an unknown email as for a wrong password, so it does not tell which addresses have accounts.
/// </summary>
public sealed class LoginModel(SignInManager<PlatformUser> signIns) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    /// <summary>Field id and message, in the order the page shows them.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            Errors["email"] = "Enter your email address";
        }

        if (string.IsNullOrEmpty(Password))
        {
            Errors["password"] = "Enter your password";
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var result = await signIns.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithTwoFactor", new { ReturnUrl });
        }

        Errors["email"] = result.IsLockedOut
            ? "Your account is locked after too many attempts. Try again in 15 minutes"
            : "Enter a correct email address and password";
        return Page();
    }
}
