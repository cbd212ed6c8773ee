using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes the outbox dispatcher once a commit has added events.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    protected override bool Concerns(ChangeTracker changes) =>
        changes.Entries<OutboxMessage>().Any(entry => entry.State == EntityState.Added);

    protected override void AfterCommit() => signal.Notify();
}
