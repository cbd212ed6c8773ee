using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ServiceDefaults.Persistence.Retention;

public static class RetentionExtensions
{
    /// <summary>Adds a line to the service's retention schedule; the first line also starts the job.</summary>
    public static IServiceCollection AddRetentionRule<TContext>(
        this IServiceCollection services, string name, TimeSpan keepFor, string source,
        Func<TContext, DateTimeOffset, CancellationToken, Task<int>> apply, TimeSpan? runEvery = null)
        where TContext : DbContext
    {
        var rule = new RetentionRule<TContext>(name, keepFor, source, apply);
        services.AddSingleton(runEvery is { } every ? rule with { RunEvery = every } : rule);
        services.TryAddSingleton<RetentionJob<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RetentionJob<TContext>>(
            provider => provider.GetRequiredService<RetentionJob<TContext>>()));
        return services;
    }
}
