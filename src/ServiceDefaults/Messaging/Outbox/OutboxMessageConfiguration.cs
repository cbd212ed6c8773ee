using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ServiceDefaults.Messaging.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string TableName = "OutboxMessages";

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MessageType).HasMaxLength(256);
        builder.Property(m => m.Body).HasColumnType("jsonb");
        builder.Property(m => m.CorrelationId).HasMaxLength(64);
        builder.Property(m => m.TraceParent).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(2000);

        // The dispatcher's query: the oldest unpublished rows. A partial index keeps it small however long the history.
        builder.HasIndex(m => m.Id).HasDatabaseName("IX_OutboxMessages_Pending").HasFilter("\"DispatchedAt\" IS NULL");
        builder.HasIndex(m => m.DispatchedAt);
    }
}
