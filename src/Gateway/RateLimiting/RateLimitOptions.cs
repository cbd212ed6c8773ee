namespace APPlatform.Gateway.RateLimiting;

/// <summary>A token bucket per client (per IP address for callers without a token).</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerSecond { get; set; } = 500;

    /// <summary>How many requests a client may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 1000;

    /// <summary>
    /// Requests to /connect/token one address may make each minute, whatever their outcome: far too few to guess a
    /// secret, enough for a local run, where every client (the end-to-end tests sign in some 30 times) is 127.0.0.1.
    /// </summary>
    public int TokenAttemptsPerMinute { get; set; } = 60;
}
