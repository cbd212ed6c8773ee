using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// EF Core wraps each SaveChanges inside an open transaction in a savepoint, two more round trips each, so that a
/// failed save could be undone alone. Nothing here goes on after a failed save: the request or message fails and its
/// whole transaction rolls back. A daily return saves three times in its Idempotency-Key transaction.
/// </summary>
internal sealed class NoAutomaticSavepoints : SaveChangesInterceptor
{
    public static readonly NoAutomaticSavepoints Instance = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Off(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Off(eventData.Context);
        return result;
    }

    private static void Off(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoSavepointsEnabled = false;
        }
    }
}
