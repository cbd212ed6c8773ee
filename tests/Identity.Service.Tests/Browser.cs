using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace APPlatform.Identity.Tests;

/// <summary>
/// What the web application and a person's browser do in the authorization code flow with PKCE, over HTTP, one step
/// at a time: no JavaScript, cookies kept, redirects read rather than followed.
/// </summary>
public sealed partial class Browser(IdentityService identity)
{
    private readonly HttpClient http = identity.Browser();

    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string State { get; } = Guid.NewGuid().ToString("N");

    public string AuthorizeUrl(string scope = "openid profile offline_access referrals attendance") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "web",
            ["response_type"] = "code",
            ["redirect_uri"] = IdentityService.RedirectUri,
            ["scope"] = scope,
            ["state"] = State,
            ["code_challenge"] = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier))),
            ["code_challenge_method"] = "S256",
        });

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    /// <summary>Posts the form of the page at <paramref name="url"/> with its hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, Dictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(url);
        fields["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken");
        fields["ReturnUrl"] = Hidden(page, "ReturnUrl");
        return await http.PostAsync(FormAction(page, url), new FormUrlEncodedContent(fields));
    }

    /// <summary>The code the client is sent back with, from the authorization endpoint's redirect.</summary>
    public async Task<string> CodeFromAsync(string authorizeUrl)
    {
        var toClient = await http.GetAsync(authorizeUrl);
        Assert.True(toClient.StatusCode == HttpStatusCode.Redirect, await toClient.Content.ReadAsStringAsync());
        var back = toClient.Headers.Location!;
        Assert.StartsWith(IdentityService.RedirectUri, back.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(back.Query)["code"].ToString();
    }

    /// <summary>Fills in the login page at <paramref name="loginUrl"/> (its antiforgery token and return address included) and posts it.</summary>
    public async Task<HttpResponseMessage> LogInAsync(string loginUrl, string email, string password)
    {
        var page = await http.GetStringAsync(loginUrl);
        return await http.PostAsync(FormAction(page, loginUrl), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["ReturnUrl"] = Hidden(page, "ReturnUrl"),
            ["Email"] = email,
            ["Password"] = password,
        }));
    }

    /// <summary>Starts at the client's authorization request, signs in, and returns the code the client is sent back with.</summary>
    public async Task<string> AuthorizationCodeAsync(string email, string password, string? scope = null)
    {
        var toLogin = await http.GetAsync(scope is null ? AuthorizeUrl() : AuthorizeUrl(scope));
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/account/login", toLogin.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);

        var signedIn = await LogInAsync(toLogin.Headers.Location.PathAndQuery, email, password);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        Assert.StartsWith("/connect/authorize", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var toClient = await http.GetAsync(signedIn.Headers.Location.OriginalString);
        Assert.True(toClient.StatusCode == HttpStatusCode.Redirect, await toClient.Content.ReadAsStringAsync());
        var back = toClient.Headers.Location!;
        Assert.StartsWith(IdentityService.RedirectUri, back.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(back.Query);
        Assert.Equal(State, query["state"].ToString());
        return query["code"].ToString();
    }

    /// <summary>The web application swapping the code for tokens, with its secret and the PKCE verifier.</summary>
    public Task<HttpResponseMessage> RedeemAsync(string code, string? verifier = null) =>
        identity.RequestTokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = IdentityService.RedirectUri,
            ["code_verifier"] = verifier ?? Verifier,
            ["client_id"] = "web",
            ["client_secret"] = IdentityService.WebSecret,
        });

    public static string Hidden(string page, string name)
    {
        var input = Regex.Match(page, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*>");
        Assert.True(input.Success, $"The page has no field {name}");
        return WebUtility.HtmlDecode(Regex.Match(input.Value, "value=\"([^\"]*)\"").Groups[1].Value);
    }

    private static string FormAction(string page, string url) =>
        Regex.Match(page, "<form[^>]*action=\"([^\"]*)\"") is { Success: true } action ? WebUtility.HtmlDecode(action.Groups[1].Value) : url;
}
