using System.Net.Http.Headers;
using System.Security.Cryptography;
using APPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace APPlatform.TestSupport;

/// <summary>
/// The token settings every service under test is given, and tokens signed with them: tests act as a real caller
/// of a given organisation, exactly as the gateway's tokens make them.
/// </summary>
public static class TestAuthentication
{
    public const string Issuer = "applatform-test";
    public const string Audience = "applatform";
    public static readonly string[] AllScopes = ["directory", "referrals", "attendance", "notifications"];

    public static string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Jwt:Issuer"] = Issuer,
        ["Authentication:Jwt:Audience"] = Audience,
        ["Authentication:Jwt:SigningKeys:0"] = SigningKey,
    };

    public static JwtOptions Options => new() { Issuer = Issuer, Audience = Audience, SigningKeys = [SigningKey] };

    public static string CreateToken(TestCaller caller, TimeProvider? clock = null) =>
        new AccessTokenFactory(Microsoft.Extensions.Options.Options.Create(Options), clock ?? TimeProvider.System)
            .Create(caller.ClientId, caller.OrganisationId, caller.OrganisationType, caller.Scopes, caller.TrustId, caller.LocalAuthorityId);

    public static HttpClient As(this HttpClient client, TestCaller caller)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CreateToken(caller));
        return client;
    }
}
