using APPlatform.ServiceDefaults.Messaging.Inbox;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ServiceDefaults.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox and inbox tables to a service's model; its migrations then create them.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration()).ApplyConfiguration(new InboxMessageConfiguration());
}
