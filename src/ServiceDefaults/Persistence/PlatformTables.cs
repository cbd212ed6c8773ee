using APPlatform.ServiceDefaults.Idempotency;
using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Persistence;

public static class PlatformTables
{
    /// <summary>
    /// The plumbing tables every service keeps in its own database, beside its business tables: the outbox, the inbox,
    /// Idempotency-Key records and deadlines. The service's migrations create them.
    /// </summary>
    public static ModelBuilder AddPlatformTables(this ModelBuilder modelBuilder) => modelBuilder
        .ApplyConfiguration(new OutboxMessageConfiguration())
        .ApplyConfiguration(new InboxMessageConfiguration())
        .ApplyConfiguration(new IdempotencyRecordConfiguration())
        .ApplyConfiguration(new DeadlineConfiguration());
}
