using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Serialization;
using APPlatform.Gateway.RateLimiting;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace APPlatform.Gateway.Tokens;

public sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4): a registered client swaps its id and secret, sent in the form or as
/// HTTP Basic, for a short-lived JWT naming its organisation, organisation type and granted scopes. Errors are
/// problem responses that also carry the RFC 6749 §5.2 "error" code clients look for.
/// </summary>
public static class TokenEndpoint
{
    // Verifying against this when the client id is unknown takes as long as a real check, so timing does not reveal ids.
    private static readonly string unknownClientHash = ClientSecretHasher.Hash(Guid.NewGuid().ToString());

    public const string Path = "/connect/token";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, IssueToken)
            .AllowAnonymous()
            .DisableAntiforgery()
            .RequireRateLimiting(ClientRateLimiting.TokenEndpointPolicy)
            .WithName(nameof(IssueToken))
            .WithSummary("Issue an access token (OAuth 2.0 client credentials)")
            .WithTags("Tokens");
        return app;
    }

    public static async Task<IResult> IssueToken(
        HttpContext context, IOptionsSnapshot<GatewayOptions> options, AccessTokenFactory tokens, SecretChecks secretChecks,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TokenEndpoint));
        if (!context.Request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "Send the request as application/x-www-form-urlencoded.");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (clientId, secret) = ReadClientCredentials(context.Request, form);
        if (clientId is null || secret is null)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "Send client_id and client_secret (in the form or as HTTP Basic).");
        }

        var client = options.Value.Clients.GetValueOrDefault(clientId);
        var secretMatches = await secretChecks.TryVerifyAsync(secret, client?.SecretHash ?? unknownClientHash, context.RequestAborted);
        if (secretMatches is null)
        {
            context.Response.Headers.RetryAfter = "1";
            return OAuthError(StatusCodes.Status503ServiceUnavailable, "temporarily_unavailable", "Too many token requests at once; retry in a second.");
        }

        if (secretMatches is false || client is null)
        {
            logger.Refused("invalid_client", clientId, context.Connection.RemoteIpAddress?.ToString());
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "The client id or secret is wrong.");
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var notAllowed = requested.Except(client.Scopes).ToList();
        if (notAllowed.Count > 0)
        {
            logger.Refused("invalid_scope", clientId, context.Connection.RemoteIpAddress?.ToString());
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_scope", $"This client may not be granted: {string.Join(' ', notAllowed)}.");
        }

        var granted = requested.Length > 0 ? requested : client.Scopes.ToArray();
        if (SubjectFor(clientId, client, granted, form) is not { } subject)
        {
            logger.Refused("unauthorized_client", clientId, context.Connection.RemoteIpAddress?.ToString());
            return OAuthError(StatusCodes.Status400BadRequest, "unauthorized_client", client.ActsForSchools
                ? $"Name the school and the placement whose letter to read (school_id, placement_id), with scope={PlatformScopes.ParentLetters} alone."
                : "This client may not act for a school.");
        }

        var token = tokens.Create(subject);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)tokens.Lifetime.TotalSeconds, string.Join(' ', granted)));
    }

    /// <summary>
    /// Whom the token names: the client's own organisation, or for a client that acts for schools (and only then) one
    /// letter: the school the form names, and the placement whose letter and recipients alone it may read, with no
    /// scope but parent-letters. Such a client gets no token of its own, nor one that reads all a school's records
    /// (decision 0007). Null when the form and the client disagree.
    /// </summary>
    private static AccessTokenSubject? SubjectFor(string clientId, ClientRegistration client, string[] granted, IFormCollection form)
    {
        if (!client.ActsForSchools && !form.ContainsKey("school_id") && !form.ContainsKey("placement_id"))
        {
            return new AccessTokenSubject(clientId, client.OrganisationId, client.OrganisationType, granted, client.TrustId, client.LocalAuthorityId);
        }

        return client.ActsForSchools && granted is [PlatformScopes.ParentLetters] &&
            Guid.TryParse(form["school_id"], out var schoolId) && Guid.TryParse(form["placement_id"], out var placementId)
            ? new AccessTokenSubject(clientId, schoolId, OrganisationType.School, granted, LetterPlacementId: placementId)
            : null;
    }

    private static (string? ClientId, string? Secret) ReadClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) &&
            header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } encoded)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded)).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].FirstOrDefault(), form["client_secret"].FirstOrDefault());
    }

    private static IResult OAuthError(int status, string error, string description)
    {
        var extensions = new Dictionary<string, object?> { ["error"] = error, ["error_description"] = description };
        return TypedResults.Problem(description, statusCode: status, extensions: extensions);
    }
}
