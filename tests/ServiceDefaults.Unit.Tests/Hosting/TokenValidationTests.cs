using System.Net;
using System.Security.Cryptography;
using System.Text;
using APPlatform.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.ServiceDefaults.Unit.Tests.Hosting;

/// <summary>
/// A service accepts only tokens its issuer signed ES256 with a key the service was given; whatever else an attacker
/// signs (the old shared-key HS256, an unsigned token, another EC key) is a 401.
/// </summary>
public sealed class TokenValidationTests
{
    [Fact]
    public async Task ATokenSignedWithTheIssuersKeyIsAccepted()
    {
        await using var app = await DefaultsApp.StartAsync();

        var response = await app.CallWithTokenAsync(TestAuthentication.CreateToken(TestCaller.LocalAuthority()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnHs256TokenSignedWithASharedKeyAsTokensOnceWereIsRefused()
    {
        await using var app = await DefaultsApp.StartAsync();
        var sharedKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));

        var token = TestAuthentication.CreateToken(TestCaller.PlatformAdmin(), new SigningCredentials(sharedKey, SecurityAlgorithms.HmacSha256));

        await ProblemAssert.HasStatus(await app.CallWithTokenAsync(token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnHs256TokenKeyedWithTheIssuersPublicKeyIsRefused()
    {
        await using var app = await DefaultsApp.StartAsync();
        var publicKeyAsSecret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestAuthentication.PublicKeyPem));

        var token = TestAuthentication.CreateToken(TestCaller.PlatformAdmin(), new SigningCredentials(publicKeyAsSecret, SecurityAlgorithms.HmacSha256));

        await ProblemAssert.HasStatus(await app.CallWithTokenAsync(token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnsignedTokenIsRefused()
    {
        await using var app = await DefaultsApp.StartAsync();
        var signed = TestAuthentication.CreateToken(TestCaller.PlatformAdmin()).Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");

        await ProblemAssert.HasStatus(await app.CallWithTokenAsync($"{header}.{signed[1]}."), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherEs256KeyIsRefused()
    {
        await using var app = await DefaultsApp.StartAsync();
        var forgersKey = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256));

        var token = TestAuthentication.CreateToken(TestCaller.PlatformAdmin(), new SigningCredentials(forgersKey, SecurityAlgorithms.EcdsaSha256));

        await ProblemAssert.HasStatus(await app.CallWithTokenAsync(token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AServiceGivenNeitherAnIssuerNorKeysRefusesToStart()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DefaultsApp.StartAsync(new Dictionary<string, string?>
        {
            ["Authentication:Jwt:PublicKeys:0"] = "",
        }));

        Assert.Contains("Authentication:Jwt:PublicKeys", error.ToString());
    }
}
