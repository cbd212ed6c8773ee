using APPlatform.ServiceDefaults.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings:&lt;connectionName&gt;, e.g. directorydb): EF Core with
    /// Npgsql, its migrations applied at start-up, and a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (the service's PostgreSQL database) is not set.");

        builder.Services.AddDbContext<TContext>(db => db.UseNpgsql(connectionString));

        // EF logs a failed command before throwing it; on a fresh database its first migration-history probe "fails"
        // by design. A failed command still surfaces as an exception, logged wherever it is handled.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHostedService<PlatformTableRetention<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TContext>>(connectionName, tags: [HealthTags.Ready]);
        return builder;
    }
}
