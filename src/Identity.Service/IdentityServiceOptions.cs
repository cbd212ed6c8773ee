using APPlatform.Identity.Clients;

namespace APPlatform.Identity;

/// <summary>What the identity service is given (Identity:...): its keys, the system clients and the web client.</summary>
public sealed class IdentityServiceOptions
{
    public const string SectionName = "Identity";

    /// <summary>The EC P-256 private key (PEM) that signs every token. Only the identity service is given it.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// Keys (PEM, public or private) that signed tokens before the current one: still published in the JWKS, so after a
    /// rotation the tokens they signed verify until they expire. Remove one a token lifetime after its replacement.
    /// </summary>
    public List<string> PreviousKeys { get; set; } = [];

    /// <summary>
    /// A 256-bit key (base64) that encrypts authorization codes and refresh tokens, which only this service reads. Every
    /// replica needs the same one. Without it, Development uses a key of the process's own (codes and refresh tokens die
    /// with the process); any other environment refuses to start.
    /// </summary>
    public string? EncryptionKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Secret checks (PBKDF2, CPU-heavy by design) that may run at once; more are answered 503 at once.</summary>
    public int ConcurrentSecretChecks { get; set; } = 4;

    /// <summary>The system clients (client credentials), keyed by client id.</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = [];

    /// <summary>The web application people sign in to (authorization code with PKCE); absent until it is configured.</summary>
    public WebClientRegistration WebClient { get; set; } = new();

    /// <summary>Whom invitation emails come from.</summary>
    public string EmailFrom { get; set; } = "APPlatform <accounts@applatform.local>";

    /// <summary>The password of every demo person (Development only); no demo person is seeded without it.</summary>
    public string? DemoPassword { get; set; }
}

/// <summary>The confidential client of the platform's web application (Identity:WebClient).</summary>
public sealed class WebClientRegistration
{
    public const string ClientId = "web";

    /// <summary>Its secret, in plain text as the web application is given it; stored hashed like every client's.</summary>
    public string? Secret { get; set; }

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}
