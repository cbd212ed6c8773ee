using System.Net.Http.Headers;
using System.Security.Cryptography;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.TestSupport;

/// <summary>
/// The tests' own token issuer: a key pair whose private half never leaves test support. Services under test are
/// given its public key, as a deployment gives them the gateway's; a gateway under test signs with its private key,
/// so its tokens and these are alike. Tests act as a real caller of a given organisation.
/// </summary>
public static class TestAuthentication
{
    /// <summary>An absolute address, as OpenID Connect asks of an issuer (the platform's is the gateway's address).</summary>
    public const string Issuer = "https://applatform.test/";
    public const string Audience = "applatform";
    public static readonly string[] AllScopes = ["directory", "referrals", "attendance", "notifications"];

    private static readonly ECDsa KeyPair = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string PublicKeyPem { get; } = KeyPair.ExportSubjectPublicKeyInfoPem();

    /// <summary>The private key, for an identity provider under test (Identity:SigningKey).</summary>
    public static string SigningKeyPem { get; } = KeyPair.ExportPkcs8PrivateKeyPem();

    /// <summary>What every service under test is given: the issuer and audience to expect and the key that verifies.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Jwt:Issuer"] = Issuer,
        ["Authentication:Jwt:Audience"] = Audience,
        ["Authentication:Jwt:PublicKeys:0"] = PublicKeyPem,
    };

    private static SigningCredentials Credentials { get; } = new(EcKeys.FromPem(SigningKeyPem), SecurityAlgorithms.EcdsaSha256);

    public static string CreateToken(TestCaller caller, TimeProvider? clock = null) => CreateToken(caller, Credentials, clock);

    /// <summary>A token signed with other credentials (a forger's key, another algorithm), to show it is refused.</summary>
    public static string CreateToken(TestCaller caller, SigningCredentials credentials, TimeProvider? clock = null)
    {
        var token = new AccessTokenSubject(caller.ClientId, caller.OrganisationId, caller.OrganisationType, caller.Scopes, caller.TrustId,
                caller.LocalAuthorityId, caller.LetterPlacementId)
            .Describe(Issuer, Audience, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, TimeSpan.FromMinutes(15), credentials);
        if (caller.Person is { } person)
        {
            // As the identity provider names a signed-in person: their id as the subject, their name, one claim per role.
            token.Claims[PlatformClaims.Subject] = person.Id.ToString();
            token.Claims[PlatformClaims.Name] = person.Name;
            token.Claims[PlatformClaims.Role] = person.Roles.ToArray();
            if (person.NamedForSafeguarding)
            {
                token.Claims[PlatformClaims.SafeguardingReader] = "true";
            }
        }

        return new JsonWebTokenHandler().CreateToken(token);
    }

    public static HttpClient As(this HttpClient client, TestCaller caller)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreateToken(caller));
        return client;
    }
}
