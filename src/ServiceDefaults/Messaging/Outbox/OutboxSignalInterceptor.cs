using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes the outbox dispatcher once a commit has added events.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    /// <summary>
    /// Events are only ever added (AddIntegrationEvent), which the tracker knows without detecting changes; detecting
    /// them all here, before SaveChanges does so again, was a tenth of a busy service's time with JSON columns.
    /// </summary>
    protected override bool Concerns(ChangeTracker changes)
    {
        var detecting = changes.AutoDetectChangesEnabled;
        changes.AutoDetectChangesEnabled = false;
        try
        {
            return changes.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added);
        }
        finally
        {
            changes.AutoDetectChangesEnabled = detecting;
        }
    }

    protected override void AfterCommit() => signal.Notify();
}
