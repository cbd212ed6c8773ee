namespace APPlatform.Gateway.RateLimiting;

/// <summary>A token bucket per client (per IP address for callers without a token).</summary>
public sealed class RateLimitOptions
{
    public int PermitsPerSecond { get; set; } = 500;

    /// <summary>How many requests a client may send at once after a quiet spell.</summary>
    public int Burst { get; set; } = 1000;
}
