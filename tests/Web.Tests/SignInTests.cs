using System.Net;

namespace APPlatform.Web.Tests;

/// <summary>
/// A page that needs sign-in sends the browser to the identity provider's authorization endpoint with PKCE. It needs a
/// real discovery document with an authorization endpoint, which only the platform's identity provider serves: set
/// WEB_TESTS_AUTHORITY to its address (the gateway's, once Identity.Service is behind it) to run it.
/// </summary>
public sealed class SignInTests
{
    [Fact]
    public async Task APageThatNeedsSignInRedirectsToTheAuthorizationEndpointWithPkce()
    {
        var authority = Environment.GetEnvironmentVariable("WEB_TESTS_AUTHORITY");
        Assert.SkipWhen(string.IsNullOrEmpty(authority), "Needs the identity provider: set WEB_TESTS_AUTHORITY to its address.");
        await using var app = new WebAppServer(authority!);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync(app.Url("/home"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/connect/authorize", location.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("web", query["client_id"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(
            ["openid", "profile", "offline_access", "directory", "referrals", "attendance", "notifications"],
            query["scope"]!.Split(' '));
    }
}
