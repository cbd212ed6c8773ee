using APPlatform.Notifications.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Notifications.Infrastructure.EntityConfigurations;

internal sealed class OrganisationSettingsConfiguration : IEntityTypeConfiguration<OrganisationSettings>
{
    public void Configure(EntityTypeBuilder<OrganisationSettings> builder)
    {
        builder.HasKey(s => s.OrganisationId);
        builder.Property(s => s.Contacts).AsJsonColumn();
        builder.Property(s => s.Channels).AsJsonColumn();
    }
}
