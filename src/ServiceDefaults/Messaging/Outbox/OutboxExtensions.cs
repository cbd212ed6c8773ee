using APPlatform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Queues the event in this unit of work: it is published if, and only if, the next SaveChanges commits.
    /// Services publish only this way, never straight to the bus, so no event escapes a rolled-back change.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IIntegrationEvent message) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(message, DateTimeOffset.UtcNow));
}
