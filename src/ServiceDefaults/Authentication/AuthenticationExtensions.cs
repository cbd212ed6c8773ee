using APPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer authentication that trusts one issuer: its ES256 keys come from its discovery document
    /// (Authentication:Jwt:Authority) or from configured public keys (Authentication:Jwt:PublicKeys). A fallback policy
    /// makes every endpoint require a valid token unless it says otherwise.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JwtOptions.SectionName);
        var jwt = section.Get<JwtOptions>() ?? new JwtOptions();
        builder.Services.Configure<JwtOptions>(section);
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            // Keep claim names as issued (org_id, scope) rather than mapping them to long WS-* URIs.
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Issuer,
                ValidAudience = jwt.Audience,
                NameClaimType = PlatformClaims.ClientId,
                ClockSkew = TimeSpan.FromSeconds(30),
                // The issuer's algorithm only: an HS256 token (say, one keyed with a public key as its secret) or an
                // unsigned one is refused before any key is tried.
                ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            };
            if (jwt.Authority is { Length: > 0 } authority)
            {
                options.Authority = authority;
                options.RequireHttpsMetadata = !builder.Environment.IsDevelopment();
            }
            else
            {
                // A blank entry is how a later configuration source takes a key away.
                options.TokenValidationParameters.IssuerSigningKeys =
                    jwt.PublicKeys.Where(pem => !string.IsNullOrWhiteSpace(pem)).Select(EcKeys.FromPem).ToList();
            }

            options.Events = new JwtBearerEvents { OnChallenge = WriteUnauthorizedProblem };
        });
        // Checked once everything has configured the scheme (the gateway gives it its own keys in code), at start-up:
        // a service that could verify no token would otherwise start and refuse every caller.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Validate(
                options => options.Authority is not null || options.MetadataAddress is not null
                    || options.TokenValidationParameters.IssuerSigningKeys?.Any() == true,
                $"Set {JwtOptions.SectionName}:Authority (the token issuer's address) or {JwtOptions.SectionName}:PublicKeys (its PEM public keys).")
            .ValidateOnStart();

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        return builder;
    }

    /// <summary>401 as a problem that says whether the token was missing, expired or otherwise invalid.</summary>
    private static async Task WriteUnauthorizedProblem(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "An access token is required: send 'Authorization: Bearer <token>' (POST /connect/token issues one).",
            SecurityTokenExpiredException => "The access token has expired; request a new one.",
            _ => "The access token is not valid for this platform.",
        };
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await context.HttpContext.WriteProblemAsync(StatusCodes.Status401Unauthorized, detail);
    }
}
