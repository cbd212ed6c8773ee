using APPlatform.Web.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages;

/// <summary>A signed-in person's home: the work their organisation type gives them.</summary>
public sealed class HomeModel : PageModel
{
    public SignedInPerson Person { get; private set; } = null!;

    public void OnGet() => Person = SignedInPerson.From(User)!;
}
