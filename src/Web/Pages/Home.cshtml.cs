using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace APPlatform.Web.Pages;

/// <summary>A signed-in person's home: the work their organisation type gives them.</summary>
public sealed class HomeModel : PageModel
{
    /// <summary>The signed-in person and their organisation, as their token names them.</summary>
    public Caller Caller { get; private set; } = null!;

    public void OnGet() => Caller = Caller.FromPrincipal(User)!;
}
