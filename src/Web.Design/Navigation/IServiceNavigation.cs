using System.Security.Claims;

namespace APPlatform.Web.Design.Navigation;

/// <summary>A link in the service navigation under the header.</summary>
public sealed record NavigationItem(string Text, string Href);

/// <summary>
/// What the layout's service navigation shows: the application decides which links a person sees (by their
/// organisation and roles), and where signing out posts to.
/// </summary>
public interface IServiceNavigation
{
    /// <summary>The links for <paramref name="user"/>; none for someone not signed in.</summary>
    IReadOnlyList<NavigationItem> For(ClaimsPrincipal user);

    /// <summary>The path the "Sign out" button posts to (with the antiforgery token).</summary>
    string SignOutPath { get; }
}
