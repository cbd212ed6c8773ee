using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes the outbox dispatcher once a commit has added events.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    /// <summary>Events are only ever added (AddIntegrationEvent).</summary>
    protected override bool Concerns(ChangeTracker changes) => changes.Added<OutboxMessage>().Count > 0;

    protected override void AfterCommit() => signal.Notify();
}
