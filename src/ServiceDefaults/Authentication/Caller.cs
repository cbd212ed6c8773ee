using System.Security.Claims;
using System.Reflection;
using Microsoft.AspNetCore.Http;

namespace APPlatform.ServiceDefaults.Authentication;

/// <summary>
/// Who is calling, read from the access token. Endpoints take it as a parameter and use it to decide whether the
/// caller may see or change the very record asked for.
/// </summary>
public sealed record Caller(
    string ClientId,
    Guid OrganisationId,
    OrganisationType OrganisationType,
    IReadOnlySet<string> Scopes,
    Guid? TrustId,
    Guid? LocalAuthorityId)
{
    /// <summary>The signed-in person the token was issued to; null when a system acts with its client's credentials.</summary>
    public Person? Person { get; init; }

    public bool Is(params OrganisationType[] types) => types.Contains(OrganisationType);

    /// <summary>
    /// Whether the caller may act in one of <paramref name="roles"/>: a signed-in person must hold one; a system acting
    /// with its client's credentials acts for its whole organisation, and the platform's administrators for the platform.
    /// </summary>
    public bool ActsAs(params string[] roles) => Person is not { } person || OrganisationType == OrganisationType.PlatformAdmin || person.HasAny(roles);

    /// <summary>Who acted, as a record names them: the person's name, or the system's client id.</summary>
    public string ActingName => Person?.Name ?? ClientId;

    public static Caller? FromPrincipal(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue(PlatformClaims.OrganisationId), out var organisationId) ||
            !OrganisationTypeNames.TryParseClaimValue(principal.FindFirstValue(PlatformClaims.OrganisationType), out var type))
        {
            return null;
        }

        return new Caller(
            principal.FindFirstValue(PlatformClaims.ClientId) ?? "",
            organisationId,
            type,
            principal.FindAll(PlatformClaims.Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(),
            OptionalGuid(principal, PlatformClaims.TrustId),
            OptionalGuid(principal, PlatformClaims.LocalAuthorityId))
        {
            Person = Person.FromPrincipal(principal),
        };
    }

    /// <summary>Minimal API binding: an authenticated token without organisation claims is refused, never guessed.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(FromPrincipal(context.User)
            ?? throw new BadHttpRequestException(
                "The access token does not say which organisation the caller acts for.", StatusCodes.Status403Forbidden));

    private static Guid? OptionalGuid(ClaimsPrincipal principal, string claim) =>
        Guid.TryParse(principal.FindFirstValue(claim), out var id) ? id : null;
}
