using APPlatform.Notifications.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Notifications.Infrastructure.EntityConfigurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.Secret).HasMaxLength(256);
        builder.HasIndex(s => s.OrganisationId);
    }
}
