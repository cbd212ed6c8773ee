using APPlatform.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Queues the event in this unit of work: it is published if, and only if, the next SaveChanges commits.
    /// Services publish only this way, never straight to the bus, so no event escapes a rolled-back change.
    /// The row is stamped (and its time-ordered id made) by the service's <see cref="TimeProvider"/>.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent message) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(message, ClockOf(db).GetUtcNow()));

    /// <summary>The TimeProvider of the services the context was created from (AddDbContext hands them to it; AddMessaging registers one).</summary>
    private static TimeProvider ClockOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<TimeProvider>()
        ?? throw new InvalidOperationException(
            $"{db.GetType().Name} has no TimeProvider among its application services: register it with AddDbContext in a service that calls AddMessaging.");
}
