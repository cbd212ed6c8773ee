using APPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace APPlatform.Web.Authentication;

/// <summary>
/// People sign in at the platform's identity provider (OpenID Connect, authorization code with PKCE) and stay signed
/// in with a cookie that holds their tokens; the access token is refreshed before it expires. Every page needs a
/// signed-in person unless it allows anonymous visitors.
/// </summary>
public static class WebAuthentication
{
    public static WebApplicationBuilder AddWebAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(WebOptions.SectionName);
        builder.Services.AddOptions<WebOptions>().Bind(section)
            .Validate(web => Uri.TryCreate(web.Authority, UriKind.Absolute, out _), $"Set {WebOptions.SectionName}:Authority to the gateway's public address.")
            .Validate(web => web.ClientSecret.Length > 0, $"Set {WebOptions.SectionName}:ClientSecret to the '{WebOptions.SectionName}' client's secret.")
            .ValidateOnStart();
        var web = section.Get<WebOptions>() ?? new WebOptions();
        builder.Services.AddSingleton<AccessTokenRefresher>();

        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "applatform-web";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // The session lives as long as the refresh token does; the identity provider decides that.
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.AccessDeniedPath = "/errors/403";
                options.Events.OnValidatePrincipal = context =>
                    context.HttpContext.RequestServices.GetRequiredService<AccessTokenRefresher>().RefreshIfExpiringAsync(context);
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = web.Authority;
                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
                options.ClientId = web.ClientId;
                options.ClientSecret = web.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SaveTokens = true;
                // Claim names as issued (org_id, role), not WS-* URIs.
                options.MapInboundClaims = false;
                options.Scope.Clear();
                foreach (var scope in PlatformScopesRequested.All)
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = PlatformClaims.Name;
                options.TokenValidationParameters.RoleClaimType = PlatformClaims.Role;
                options.Events.OnTokenValidated = AddOrganisationClaims;
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// The pages show what a person's organisation and roles allow, as the services decide it from the access token:
    /// the cookie's identity takes those claims from the access token when the ID token lacks them. The token came
    /// straight from the token endpoint over the back channel, so it is read, not validated again.
    /// </summary>
    private static Task AddOrganisationClaims(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is not System.Security.Claims.ClaimsIdentity identity
            || context.TokenEndpointResponse?.AccessToken is not { Length: > 0 } accessToken)
        {
            return Task.CompletedTask;
        }

        var token = new JsonWebTokenHandler().ReadJsonWebToken(accessToken);
        string[] wanted = [PlatformClaims.OrganisationId, PlatformClaims.OrganisationType, PlatformClaims.Role, PlatformClaims.TrustId,
            PlatformClaims.LocalAuthorityId, PlatformClaims.Name];
        foreach (var type in wanted.Where(type => !identity.HasClaim(claim => claim.Type == type)))
        {
            identity.AddClaims(token.Claims.Where(claim => claim.Type == type)
                .Select(claim => new System.Security.Claims.Claim(claim.Type, claim.Value, claim.ValueType, claim.Issuer)));
        }

        return Task.CompletedTask;
    }

    /// <summary>The start page's "Sign in": to the identity provider, and back to the person's home page.</summary>
    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sign-in", () => TypedResults.Challenge(new AuthenticationProperties { RedirectUri = "/home" })).AllowAnonymous();
        return app;
    }
}
