using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Gateway.Tests;

/// <summary>Counts the API requests each replica served, to see how the gateway spreads them.</summary>
public sealed class RequestCounter
{
    private readonly ConcurrentDictionary<string, int> counts = new();

    public int this[string replica] => counts.GetValueOrDefault(replica);

    public Action<IWebHostBuilder> CountRequestsOf(string replica) => builder => builder.ConfigureServices(services =>
        services.AddSingleton<IStartupFilter>(new CountingFilter(() => counts.AddOrUpdate(replica, 1, (_, n) => n + 1))));

    private sealed class CountingFilter(Action count) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, proceed) =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    count();
                }

                await proceed();
            });
            next(app);
        };
    }
}
