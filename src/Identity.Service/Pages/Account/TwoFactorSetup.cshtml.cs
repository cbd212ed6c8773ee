using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Identity.Pages.Account;

/// <summary>
/// A signed-in person adds an authenticator app (TOTP, RFC 6238): the key and its otpauth URI, confirmed with a code,
/// then ten one-time recovery codes. Offered to everyone; required by <see cref="TwoFactorRule"/> where the
/// organisation asks it.
/// </summary>
public sealed class TwoFactorSetupModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIns, IdentityServiceDbContext db)
    : PageModel
{
    private const string Issuer = "APPlatform";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public string? Error { get; private set; }

    public string FormattedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public bool Required { get; private set; }

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";

    public async Task<IActionResult> OnGetAsync() =>
        await SignedInPersonAsync() is { } person ? await ShowKeyAsync(person) : SignInFirst();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await SignedInPersonAsync() is not { } person)
        {
            return SignInFirst();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = code.Length == 0 ? "Enter the code your authenticator app shows" : "The code is not correct: enter the code your app shows now";
            return await ShowKeyAsync(person);
        }

        await users.SetTwoFactorEnabledAsync(person, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10) ?? []];
        await signIns.RefreshSignInAsync(person);
        return Page();
    }

    private async Task<PlatformUser?> SignedInPersonAsync()
    {
        // This folder is open to anonymous requests; the person is the one the sign-in cookie names.
        var signedIn = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return signedIn.Succeeded ? await users.GetUserAsync(signedIn.Principal) : null;
    }

    private ChallengeResult SignInFirst() =>
        new(IdentityConstants.ApplicationScheme, new AuthenticationProperties { RedirectUri = Request.Path + Request.QueryString });

    private async Task<IActionResult> ShowKeyAsync(PlatformUser person)
    {
        var key = await users.GetAuthenticatorKeyAsync(person);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(person);
            key = await users.GetAuthenticatorKeyAsync(person) ?? "";
        }

        FormattedKey = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
        AuthenticatorUri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(person.Email ?? "")}" +
            $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        var roles = await users.GetRolesAsync(person);
        Required = TwoFactorRule.SafeguardingRoles(person.OrganisationType).Intersect(roles).Any() &&
            (await db.OrganisationPolicies.FindAsync(person.OrganisationId))?.RequireTwoFactorForSafeguarding == true;
        return Page();
    }
}
