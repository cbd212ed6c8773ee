using APPlatform.Gateway.RateLimiting;
using APPlatform.Gateway.Tokens;

namespace APPlatform.Gateway;

public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    public RateLimitOptions RateLimit { get; set; } = new();

    public TokenOptions Tokens { get; set; } = new();

    /// <summary>The OAuth clients that may get tokens from /connect/token, keyed by client id.</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = [];
}
