namespace APPlatform.Web;

/// <summary>The web application's settings (section "Web").</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// The OpenID Connect issuer people sign in at: the gateway's public address (its discovery document is at
    /// &lt;Authority&gt;/.well-known/openid-configuration). Required.
    /// </summary>
    public string Authority { get; set; } = "";

    /// <summary>The client id the identity provider knows this application by.</summary>
    public string ClientId { get; set; } = "web";

    /// <summary>The client's secret (a confidential client). Required.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// Where the application calls the platform's APIs: the gateway. By default its Aspire service name, which
    /// service discovery resolves from services:gateway:http:0.
    /// </summary>
    public Uri Gateway { get; set; } = new("http://gateway");

    /// <summary>How long before its expiry an access token is refreshed.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);
}
