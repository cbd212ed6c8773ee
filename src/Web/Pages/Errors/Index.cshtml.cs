using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages.Errors;

/// <summary>The not-found, "you cannot see this" and service error pages, reached through the status code pages.</summary>
[Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Page not found",
        403 => "You cannot see this page",
        _ => "Sorry, there is a problem with the service",
    };

    public void OnGet(int code) => Code = code;

    // A POST that failed is re-executed as a POST.
    public void OnPost(int code) => Code = code;
}
