using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace APPlatform.ServiceDefaults.Persistence;

public static class AdvisoryLock
{
    /// <summary>
    /// Runs <paramref name="work"/> while holding a PostgreSQL session advisory lock on the context's connection, so
    /// replicas of a service doing the same start-up work take turns. Advisory locks are per database.
    /// </summary>
    public static async Task RunExclusivelyAsync(this DatabaseFacade database, long key, Func<Task> work, CancellationToken cancellationToken)
    {
        await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
            try
            {
                await work();
            }
            finally
            {
                await database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None);
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }
    }
}
