using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// A deployment migrates each database once, in a Job before the rollout (`&lt;service&gt; --migrate-only`), rather
/// than with every replica racing at start-up: the service's program then applies its migrations, under the same
/// advisory lock, and exits, without listening on any endpoint or starting its consumers and pollers.
/// </summary>
public static class MigrateOnly
{
    public const string Argument = "--migrate-only";

    /// <summary>
    /// Runs the service until it is stopped; started with --migrate-only, applies its migrations instead. Returns the
    /// process's exit code: 0 once migrated, 1 when migrating failed. (A
    /// database that cannot be reached is waited for, as at start-up: the Job's deadline bounds the wait.)
    /// </summary>
    public static async Task<int> RunOrMigrateAsync(this WebApplication app)
    {
        if (!IsRequested(app.Configuration))
        {
            await app.RunAsync();
            return 0;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateOnly));
        try
        {
            foreach (var migrator in app.Services.GetServices<IDatabaseMigrator>())
            {
                await migrator.MigrateAsync(CancellationToken.None);
            }

            logger.LogInformation("Migrations applied; exiting ({Argument})", Argument);
            return 0;
        }
        catch (Exception exception)
        {
            logger.LogCritical(exception, "Migrating the database failed");
            return 1;
        }
    }

    /// <summary>Whether the program's arguments (the command line the builder was given) include --migrate-only.</summary>
    private static bool IsRequested(IConfiguration configuration) =>
        configuration is IConfigurationBuilder builder
        && builder.Sources.OfType<CommandLineConfigurationSource>().Any(source => source.Args.Contains(Argument));
}
