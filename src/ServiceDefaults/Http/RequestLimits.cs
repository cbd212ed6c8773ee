using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Http;

/// <summary>
/// The largest request any platform process accepts (section "RequestLimits"). The gateway and every service apply
/// the same figures in Kestrel, so a request sent to a service directly is refused exactly as through the gateway.
/// </summary>
public sealed class RequestLimits
{
    public const string SectionName = "RequestLimits";

    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    public int MaxHeadersTotalBytes { get; set; } = 32 * 1024;

    public int MaxHeaderCount { get; set; } = 100;
}

public static class RequestLimitsExtensions
{
    public static IHostApplicationBuilder AddRequestLimits(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RequestLimits.SectionName);
        builder.Services.Configure<RequestLimits>(section);
        var limits = section.Get<RequestLimits>() ?? new RequestLimits();
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = limits.MaxHeadersTotalBytes;
            kestrel.Limits.MaxRequestHeaderCount = limits.MaxHeaderCount;
        });

        return builder;
    }
}
