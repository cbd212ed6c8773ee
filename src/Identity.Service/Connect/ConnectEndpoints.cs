using System.Security.Claims;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Model;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace APPlatform.Identity.Connect;

/// <summary>
/// The OpenID Connect endpoints whose outcome the platform decides (OpenIddict's passthrough): OpenIddict has already
/// checked the request (client secret, redirect URI, PKCE, scope permissions, the code or refresh token) when a handler
/// here runs; the handler says who the token names. Discovery and the JWKS are OpenIddict's own.
/// </summary>
public static class ConnectEndpoints
{
    public const string TokenPath = "connect/token";
    public const string AuthorizePath = "connect/authorize";
    public const string EndSessionPath = "connect/endsession";
    public const string JwksPath = ".well-known/jwks.json";
    public const string TwoFactorSetupPath = "/account/two-factor-setup";

    /// <summary>The form fields a client that acts for schools sends to name one letter (decision 0007).</summary>
    public const string SchoolIdParameter = "school_id";
    public const string PlacementIdParameter = "placement_id";

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/" + TokenPath, IssueToken).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapMethods("/" + AuthorizePath, [HttpMethods.Get, HttpMethods.Post], (Delegate)Authorize).AllowAnonymous().DisableAntiforgery()
            .ExcludeFromDescription();
        app.MapMethods("/" + EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSession).AllowAnonymous().DisableAntiforgery()
            .ExcludeFromDescription();
        return app;
    }

    public static async Task<IResult> IssueToken(
        HttpContext context, IOptionsSnapshot<IdentityServiceOptions> options, IOptions<JwtOptions> jwt,
        UserManager<PlatformUser> users, SignInManager<PlatformUser> signIns, IdentityServiceDbContext db)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var audience = jwt.Value.Audience;

        if (request.IsClientCredentialsGrantType())
        {
            var clientId = request.ClientId!;
            if (options.Value.Clients.GetValueOrDefault(clientId) is not { } client)
            {
                return Forbid(Errors.UnauthorizedClient, "This client may not use client credentials.");
            }

            var requested = request.GetScopes();
            var granted = requested.IsEmpty ? [.. client.Scopes] : requested.ToArray();
            return LetterOrOwn(clientId, client, granted, request, audience) is { } principal
                ? Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Forbid(Errors.UnauthorizedClient, client.ActsForSchools
                    ? $"Name the school and the placement whose letter to read ({SchoolIdParameter}, {PlacementIdParameter}), " +
                      $"with scope={PlatformScopes.ParentLetters} alone."
                    : "This client may not act for a school.");
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            // The person as they are now: a refresh token does not outlive a lock-out, a deletion or a change of roles.
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var person = await users.FindByIdAsync(result.Principal?.GetClaim(Claims.Subject) ?? "");
            if (person is null || !await signIns.CanSignInAsync(person) || await users.IsLockedOutAsync(person))
            {
                return Forbid(Errors.InvalidGrant, "The person may no longer sign in.");
            }

            var roles = await users.GetRolesAsync(person);
            if (TwoFactorRule.MustSetUp(person, roles, await db.OrganisationPolicies.FindAsync(person.OrganisationId)))
            {
                return Forbid(Errors.InvalidGrant, "The person's organisation requires a second factor they have not set up: sign in again.");
            }

            var principal = PlatformPrincipals.ForPerson(request.ClientId!, person, roles, result.Principal!.GetScopes(), audience);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    /// <summary>
    /// Whom the token names: the client's own organisation, or for a client that acts for schools (and only then) one
    /// letter: the school the request names, and the placement whose letter and recipients alone it may read, with no
    /// scope but parent-letters. Such a client gets no token of its own, nor one that reads all a school's records
    /// (decision 0007). Null when the request and the client disagree.
    /// </summary>
    private static ClaimsPrincipal? LetterOrOwn(
        string clientId, ClientRegistration client, string[] granted, OpenIddictRequest request, string audience)
    {
        var schoolId = (string?)request[SchoolIdParameter];
        var placementId = (string?)request[PlacementIdParameter];
        if (!client.ActsForSchools && schoolId is null && placementId is null)
        {
            return PlatformPrincipals.ForClient(clientId, client, granted, audience);
        }

        return client.ActsForSchools && granted is [PlatformScopes.ParentLetters] &&
            Guid.TryParse(schoolId, out var school) && Guid.TryParse(placementId, out var placement)
            ? PlatformPrincipals.ForLetter(clientId, school, placement, audience)
            : null;
    }

    /// <summary>
    /// A person's sign-in: one who is not signed in (or must sign in again) goes to the login page and comes back here;
    /// one who is gets a code for the client (the platform's own web application, so no consent is asked).
    /// </summary>
    public static async Task<IResult> Authorize(
        HttpContext context, IOptions<JwtOptions> jwt, UserManager<PlatformUser> users, SignInManager<PlatformUser> signIns,
        IdentityServiceDbContext db, TimeProvider clock)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");
        var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var mustLogIn = request.HasPromptValue(PromptValues.Login) ||
            (request.MaxAge is { } maxAge && signedIn.Properties?.IssuedUtc is { } issued &&
             clock.GetUtcNow() - issued > TimeSpan.FromSeconds(maxAge));
        if (!signedIn.Succeeded || mustLogIn)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Forbid(Errors.LoginRequired, "The person is not signed in.");
            }

            // Back here once signed in, without prompt=login (or the login page would loop).
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            parameters.RemoveAll(parameter => parameter.Key == Parameters.Prompt);
            var returnUrl = context.Request.PathBase + context.Request.Path + QueryString.Create(parameters);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityConstants.ApplicationScheme]);
        }

        var person = await users.GetUserAsync(signedIn.Principal!);
        if (person is null || !await signIns.CanSignInAsync(person))
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            return Results.Challenge(new AuthenticationProperties { RedirectUri = context.Request.Path + context.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }

        var roles = await users.GetRolesAsync(person);
        if (TwoFactorRule.MustSetUp(person, roles, await db.OrganisationPolicies.FindAsync(person.OrganisationId)))
        {
            return Results.Redirect(TwoFactorSetupPath + QueryString.Create("ReturnUrl", context.Request.Path + context.Request.QueryString));
        }

        var principal = PlatformPrincipals.ForPerson(request.ClientId!, person, roles, request.GetScopes(), jwt.Value.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Signs the person out here, then OpenIddict sends them to the client's post-logout address.</summary>
    public static async Task<IResult> EndSession(HttpContext context)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
