using Microsoft.EntityFrameworkCore.Infrastructure;

namespace APPlatform.ServiceDefaults.Persistence;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> (which may save more than once) so all it saves commits together: in the
    /// transaction already open (an Idempotency-Key request runs in one), or in a new one committed at the end.
    /// </summary>
    public static async Task InTransactionAsync(this DatabaseFacade database, Func<Task> work, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await database.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }
}
