using APPlatform.Identity.Apis;
using APPlatform.Identity.Clients;
using APPlatform.Identity.Connect;
using APPlatform.Identity.Demo;
using APPlatform.Identity.Infrastructure;
using APPlatform.Identity.Mail;
using APPlatform.Identity.Model;
using APPlatform.Identity.Pages;
using APPlatform.Identity.Tokens;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Mail;
using APPlatform.Web.Design.Navigation;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace APPlatform.Identity;

public static class IdentityServiceExtensions
{
    public const string ServiceName = "identity";
    public const string DatabaseName = "identitydb";

    /// <summary>
    /// The platform's OpenID Connect provider: OpenIddict's server on identitydb, people as ASP.NET Core Identity users,
    /// the system clients and the web client from configuration, and the sign-in pages. Reads the keys listed in
    /// docs/identity.md; refuses to start without a signing key or an absolute issuer.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityServiceDbContext>(DatabaseName);

        var section = builder.Configuration.GetSection(IdentityServiceOptions.SectionName);
        var settings = section.Get<IdentityServiceOptions>() ?? new IdentityServiceOptions();
        var jwt = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        DemoClientGuard.EnsureNoneOutsideDevelopment(builder.Environment, settings);
        var keys = TokenSigningKeys.From(settings);
        var issuer = AbsoluteIssuer(jwt.Issuer);

        builder.Services.Configure<IdentityServiceOptions>(section);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<SecretChecks>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<People>();
        builder.Services.AddSingleton<MailRelay>();
        builder.Services.AddSingleton(services => new InvitationEmail(services.GetRequiredService<MailRelay>(), issuer, settings.EmailFrom));

        // Sign-in cookies and antiforgery tokens made by one replica must open on every other.
        builder.Services.AddDataProtection().SetApplicationName("applatform-identity").PersistKeysToDbContext<IdentityServiceDbContext>();
        AddPeople(builder.Services);
        AddOpenIddict(builder, settings, keys, issuer, jwt.Audience);

        // This service's own API (invitations) takes its own tokens, verified with its own published keys.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
            bearer.TokenValidationParameters.IssuerSigningKeys = keys.Published);

        builder.Services.AddRazorPages(pages => pages.Conventions.AllowAnonymousToFolder("/Account"));
        builder.Services.AddSingleton<IServiceNavigation, SignInNavigation>();

        // After the migrator (AddServiceDatabase), in this order: the roles exist before demo people are given them.
        builder.Services.AddHostedService<ClientSeeder>();
        builder.Services.AddHostedService<DemoPeople>();
        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapConnectEndpoints();
        var api = app.MapGroup("/api/identity");
        api.MapOrganisationSettingsApi();
        api.MapInvitationsApi();
        api.MapPeopleApi();
        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages();
        return app;
    }

    private static void AddPeople(IServiceCollection services)
    {
        services.AddAuthentication().AddIdentityCookies();
        services.AddIdentityCore<PlatformUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // Length over complexity (NCSC password guidance).
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.SignIn.RequireConfirmedEmail = false;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityServiceDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "applatform.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/login";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
    }

    private static void AddOpenIddict(
        IHostApplicationBuilder builder, IdentityServiceOptions settings, TokenSigningKeys keys, Uri issuer, string audience)
    {
        builder.Services.AddOpenIddict()
            .AddCore(core =>
            {
                core.UseEntityFrameworkCore().UseDbContext<IdentityServiceDbContext>();
                core.ReplaceApplicationManager(typeof(PlatformApplicationManager<>));
            })
            .AddServer(server =>
            {
                server.SetIssuer(issuer)
                    .SetTokenEndpointUris(ConnectEndpoints.TokenPath)
                    .SetAuthorizationEndpointUris(ConnectEndpoints.AuthorizePath)
                    .SetEndSessionEndpointUris(ConnectEndpoints.EndSessionPath)
                    .SetJsonWebKeySetEndpointUris(ConnectEndpoints.JwksPath);
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow();
                server.RegisterScopes(
                    [Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, .. ClientSeeder.PlatformApiScopes, PlatformScopes.ParentLetters]);
                server.RegisterAudiences(audience);

                // ES256 with the platform's key, whose kid is its thumbprint; services read the access tokens, so they
                // are signed JWTs, not encrypted ones.
                server.AddSigningKey(keys.Current);
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(settings.AccessTokenLifetime);
                if (settings.EncryptionKey is { Length: > 0 } encryption)
                {
                    server.AddEncryptionKey(new SymmetricSecurityKey(Convert.FromBase64String(encryption)));
                }
                else if (builder.Environment.IsDevelopment())
                {
                    server.AddEphemeralEncryptionKey();
                }
                else
                {
                    throw new InvalidOperationException(
                        $"Set {IdentityServiceOptions.SectionName}:EncryptionKey (32 random bytes, base64): it encrypts authorization codes and refresh tokens.");
                }

                server.AddEventHandler(PublicAddress.Descriptor);
                server.AddEventHandler(TokenResponses.Descriptor);
                server.AddEventHandler(TokenResponses.StatusDescriptor);
                server.AddEventHandler(PreviousKeysInJwks.Descriptor);

                // Behind the gateway, which terminates TLS: the issuer (the gateway's address) says https in production.
                server.UseAspNetCore()
                    .EnableTokenEndpointPassthrough()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
    }

    private static Uri AbsoluteIssuer(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException(
                $"{JwtOptions.SectionName}:Issuer must be an absolute address (the gateway's public base address, e.g. http://localhost:5080/); it is '{issuer}'.");
}
