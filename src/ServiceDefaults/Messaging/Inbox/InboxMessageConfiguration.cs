using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ServiceDefaults.Messaging.Inbox;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string TableName = "InboxMessages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(m => new { m.MessageId, m.Consumer });
        builder.Property(m => m.Consumer).HasMaxLength(256);
        builder.HasIndex(m => m.ReceivedAt);
    }
}
