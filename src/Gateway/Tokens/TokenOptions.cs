namespace APPlatform.Gateway.Tokens;

/// <summary>How the gateway issues access tokens (Gateway:Tokens).</summary>
public sealed class TokenOptions
{
    /// <summary>The EC P-256 private key (PEM) that signs new tokens. Only the gateway is given it.</summary>
    public string SigningKey { get; set; } = "";

    /// <summary>
    /// Keys (PEM, public or private) that signed tokens before the current one: still published in the JWKS, so after a
    /// rotation the tokens they signed verify until they expire. Remove one a token lifetime after its replacement.
    /// </summary>
    public List<string> PreviousKeys { get; set; } = [];

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Requests to /connect/token one address may make each minute, whatever their outcome: far too few to guess a
    /// secret, enough for a local run, where every client (the end-to-end tests sign in some 30 times) is 127.0.0.1.
    /// </summary>
    public int AttemptsPerMinute { get; set; } = 60;

    /// <summary>Secret checks (PBKDF2, CPU-heavy by design) that may run at once; more are answered 503 at once.</summary>
    public int ConcurrentSecretChecks { get; set; } = 4;
}
