using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Applies pending migrations before the service takes requests. If the database is not up yet it waits and
/// retries rather than crashing. EF Core takes a database lock while migrating, so replicas starting together are safe.
/// </summary>
internal sealed class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger) : IHostedService
    where TContext : DbContext
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
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
}
