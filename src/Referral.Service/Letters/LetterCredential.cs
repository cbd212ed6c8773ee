using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace APPlatform.Referrals.Letters;

/// <summary>
/// Who may reach a placement's parents' letter and its recipients: a caller granted the referrals scope (the school's
/// staff, as on every other route), or a letter token for this very placement: the parent-letters scope and the
/// placement's id in its letter claim. Notification.Service holds only such a token (decision 0007), so a leak of it
/// exposes one letter, not the school's records. Either way the handler still answers only the placement's own school.
/// </summary>
public sealed class LetterCredential : AuthorizationHandler<LetterCredential>, IAuthorizationRequirement
{
    /// <summary>The route value that names the placement.</summary>
    public const string PlacementRouteValue = "id";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, LetterCredential requirement)
    {
        var scopes = Caller.FromPrincipal(context.User)?.Scopes;
        if (scopes?.Contains(PlatformScopes.Referrals) == true ||
            (scopes?.Contains(PlatformScopes.ParentLetters) == true && NamesThisPlacement(context)))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this,
                $"The access token needs the '{PlatformScopes.Referrals}' scope, or the '{PlatformScopes.ParentLetters}' scope for this placement's letter."));
        }

        return Task.CompletedTask;
    }

    private static bool NamesThisPlacement(AuthorizationHandlerContext context) =>
        context.Resource is HttpContext http &&
        Guid.TryParse(http.GetRouteValue(PlacementRouteValue)?.ToString(), out var placementId) &&
        Guid.TryParse(context.User.FindFirst(PlatformClaims.Letter)?.Value, out var letter) &&
        letter == placementId;
}

public static class LetterCredentialExtensions
{
    /// <summary>Instead of the referrals scope alone: the routes a letter token may also reach.</summary>
    public static TBuilder RequireLetterCredential<TBuilder>(this TBuilder endpoints)
        where TBuilder : IEndpointConventionBuilder =>
        endpoints.RequireAuthorization(policy => policy.RequireAuthenticatedUser().AddRequirements(new LetterCredential()));
}
