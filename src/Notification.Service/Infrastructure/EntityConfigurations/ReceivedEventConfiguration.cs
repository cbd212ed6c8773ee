using APPlatform.Notifications.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Notifications.Infrastructure.EntityConfigurations;

internal sealed class ReceivedEventConfiguration : IEntityTypeConfiguration<ReceivedEvent>
{
    public void Configure(EntityTypeBuilder<ReceivedEvent> builder)
    {
        builder.HasKey(e => e.MessageId);
        builder.Property(e => e.Type).HasMaxLength(128);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.HasIndex(e => e.ReceivedAt);
    }
}
