using APPlatform.Identity.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Identity.Pages.Account;

/// <summary>
/// The second step for a person with an authenticator app: a TOTP code, or a recovery code. Wrong codes count towards
/// the same lock-out as wrong passwords.
/// </summary>
public sealed class LoginWithTwoFactorModel(SignInManager<PlatformUser> signIns) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIns.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIns.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login", new { ReturnUrl });
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0)
        {
            Error = "Enter the code from your authenticator app";
            return Page();
        }

        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIns.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIns.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? "Your account is locked after too many attempts. Try again in 15 minutes"
            : "The code is not correct: enter the code your authenticator app shows now";
        return Page();
    }
}
