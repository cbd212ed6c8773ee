using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace APPlatform.ServiceDefaults.Persistence;

/// <summary>
/// Runs <see cref="AfterCommit"/> once changes that <see cref="Concerns"/> it are committed: after SaveChanges when it
/// ran its own transaction, or when the caller's explicit transaction commits. Never before, so whoever it wakes (the
/// outbox dispatcher, a cache) sees the committed data.
/// </summary>
public abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    /// <summary>Whether the changes about to be saved are ones this interceptor reacts to.</summary>
    protected abstract bool Concerns(ChangeTracker changes);

    protected abstract void AfterCommit();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Concerns(context.ChangeTracker))
        {
            pending.AddOrUpdate(context, true);
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            RunIfPending(context);
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            RunIfPending(context);
        }

        return Task.CompletedTask;
    }

    /// <summary>A rollback forgets what was pending.</summary>
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            pending.Remove(context);
        }

        return Task.CompletedTask;
    }

    private void RunIfPending(DbContext context)
    {
        if (pending.Remove(context))
        {
            AfterCommit();
        }
    }
}
