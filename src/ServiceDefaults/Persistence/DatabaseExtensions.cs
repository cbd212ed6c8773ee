using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace APPlatform.ServiceDefaults.Persistence;

public static class DatabaseExtensions
{
    /// <summary>True (the default) applies migrations as the service starts; false leaves them to the migration Job.</summary>
    public const string MigrateOnStartup = "Database:MigrateOnStartup";

    /// <summary>
    /// The service's own PostgreSQL database (ConnectionStrings:&lt;connectionName&gt;, e.g. directorydb): EF Core with
    /// Npgsql, its migrations applied at start-up (unless Database:MigrateOnStartup is false: a deployment's migration
    /// Job applies them, <see cref="MigrateOnly"/>), and, from Aspire's client integration, tracing, metrics and a
    /// health check (Unhealthy when the database does not accept connections: the service cannot work without it).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} (the service's PostgreSQL database) is not set.");

        // Registered here rather than by AddNpgsqlDbContext, which would retry failed commands. EF's retrying
        // execution strategy refuses the transactions the platform opens itself (the inbox, Idempotency-Key requests,
        // InTransactionAsync), so retry stays off: a request that meets an outage answers 503 and a consumer's message
        // is retried by MassTransit (MessageRetry).
        // Contexts are pooled: the options are built once, not for every request and message, and a context's
        // internal services are reused (measured on the attendance hot path: building them took about a tenth of
        // Notification.Service's CPU per event). So whatever configures the context (ConfigureDbContext) is a singleton.
        // A query is traced as part of the request or message it serves. The pollers (outbox, deadlines) query every
        // second or two with nothing to do, and would otherwise fill the dashboard with one-span traces; so would the
        // pool's connection opens, which belong to no request.
        builder.Services.AddDbContextPool<TContext>(db => db
            .UseNpgsql(Prepared(connectionString), npgsql => npgsql.ConfigureDataSource(source =>
                source.ConfigureTracing(tracing => tracing
                    .ConfigureCommandFilter(_ => Activity.Current is not null)
                    .EnablePhysicalOpenTracing(false))))
            .AddInterceptors(NoAutomaticSavepoints.Instance));
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);

        // EF logs a failed command before throwing it; on a fresh database its first migration-history probe "fails"
        // by design. A failed command still surfaces as an exception, logged wherever it is handled.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Services.AddSingleton<DatabaseMigrator<TContext>>();
        builder.Services.AddSingleton<IDatabaseMigrator>(services => services.GetRequiredService<DatabaseMigrator<TContext>>());
        if (builder.Configuration.GetValue(MigrateOnStartup, defaultValue: true))
        {
            builder.Services.AddHostedService(services => services.GetRequiredService<DatabaseMigrator<TContext>>());
        }

        builder.Services.AddPlatformTableRetention<TContext>(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// A service repeats the same few statements (each request's, each poll's): Npgsql prepares those used twice on a
    /// connection, and PostgreSQL then neither parses nor plans them again. A connection string that sets its own
    /// limit keeps it.
    /// </summary>
    private static string Prepared(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
        }

        return settings.ConnectionString;
    }
}
