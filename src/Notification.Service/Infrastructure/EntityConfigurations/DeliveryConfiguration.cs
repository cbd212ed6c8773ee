using APPlatform.Notifications.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Notifications.Infrastructure.EntityConfigurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.EventType).HasMaxLength(128);
        builder.Property(d => d.Target).HasMaxLength(2048);
        builder.Property(d => d.Subject).HasMaxLength(300);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasOne<Subscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        // A subscriber's deliveries by status (its parked ones); an organisation's by time.
        builder.HasIndex(d => new { d.SubscriptionId, d.Status });
        builder.HasIndex(d => new { d.OrganisationId, d.CreatedAt });
    }
}
