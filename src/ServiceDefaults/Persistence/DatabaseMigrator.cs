using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Applies pending migrations: before the service takes requests (Database:MigrateOnStartup, the default), or as the
/// whole of a run with --migrate-only (<see cref="MigrateOnly"/>). If the database is not up yet it waits and
/// retries rather than crashing. Replicas starting together take turns under an advisory lock: EF Core's own migration
/// lock did not stop two directory replicas applying the same migration at once. The lock lives in the database, so a
/// missing database is created first, and a replica that finds another created it meanwhile goes on to migrate it.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger) : IHostedService, IDatabaseMigrator
    where TContext : DbContext
{
    /// <summary>Any fixed key will do: advisory locks are per database, and each service has its own.</summary>
    internal const long MigrationLock = 0x4150_4d69_6772_6174; // "APMigrat"

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
                await EnsureCreatedAsync(database.GetService<IRelationalDatabaseCreator>(), cancellationToken);
                await database.RunExclusivelyAsync(MigrationLock, () => database.MigrateAsync(cancellationToken), cancellationToken);
                return;
            }
            catch (Exception exception) when (Errors.TransientFailure.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("The database is not reachable yet (attempt {Attempt}: {Reason}); retrying in {Delay}",
                    attempt, exception.Message, RetryDelay);
                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task EnsureCreatedAsync(IRelationalDatabaseCreator creator, CancellationToken cancellationToken)
    {
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another replica created it between the check and CREATE DATABASE.
        }
    }
}
