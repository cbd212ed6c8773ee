using APPlatform.Gateway.RateLimiting;
using APPlatform.Gateway.Tokens;

namespace APPlatform.Gateway;

public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Larger request bodies are refused with 413 before anything reaches a service.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    public RateLimitOptions RateLimit { get; set; } = new();

    public TokenOptions Tokens { get; set; } = new();

    /// <summary>The OAuth clients that may get tokens from /connect/token, keyed by client id.</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = [];
}
