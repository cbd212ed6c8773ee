using APPlatform.Gateway.RateLimiting;

namespace APPlatform.Gateway;

public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    public RateLimitOptions RateLimit { get; set; } = new();
}
