using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace APPlatform.ServiceDefaults.Persistence.Retention;

public static class RetentionExtensions
{
    /// <summary>Adds a line to the service's retention schedule; the first line also starts the daily job.</summary>
    public static IServiceCollection AddRetentionRule<TContext>(
        this IServiceCollection services, string name, TimeSpan keepFor, string source,
        Func<TContext, DateTimeOffset, CancellationToken, Task<int>> apply)
        where TContext : DbContext
    {
        services.AddSingleton(new RetentionRule<TContext>(name, keepFor, source, apply));
        services.TryAddSingleton<RetentionJob<TContext>>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, RetentionJob<TContext>>(
            provider => provider.GetRequiredService<RetentionJob<TContext>>()));
        return services;
    }
}
