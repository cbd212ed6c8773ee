using APPlatform.Notifications.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Notifications.Infrastructure.EntityConfigurations;

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    // Room for a secret of up to 256 characters as given before secrets were generated, once encrypted and in base64.
    private const int EncryptedSecretLength = 512;

    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.VirtualHost).HasMaxLength(128);
        builder.Property(s => s.EncryptedSecret).HasMaxLength(EncryptedSecretLength);
        builder.Property(s => s.EncryptedPreviousSecret).HasMaxLength(EncryptedSecretLength);
        builder.HasIndex(s => s.OrganisationId);
        // One broker subscriber per local authority: its virtual host and user are the LA's.
        builder.HasIndex(s => s.VirtualHost).IsUnique();
    }
}
