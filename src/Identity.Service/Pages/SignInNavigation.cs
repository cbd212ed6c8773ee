using System.Security.Claims;
using APPlatform.Web.Design.Navigation;

namespace APPlatform.Identity.Pages;

/// <summary>
/// The sign-in pages share the web application's GOV.UK layout (Web.Design) but offer no links of their own: a person
/// here is on their way into the service. Signing out ends the session at the identity provider.
/// </summary>
internal sealed class SignInNavigation : IServiceNavigation
{
    public string SignOutPath => "/account/logout";

    public IReadOnlyList<NavigationItem> For(ClaimsPrincipal user) => [];
}
