using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages;

/// <summary>The start page: what the service is for, and "Sign in". Someone already signed in goes to their home page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectToPage("/Home") : Page();
}
