using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages;

/// <summary>
/// "Sign out" (a POST with the antiforgery token, from the service navigation): ends the cookie session and the identity
/// provider's, which returns the person to the start page.
/// </summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost() => SignOut(
        new AuthenticationProperties { RedirectUri = "/" },
        CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
}
