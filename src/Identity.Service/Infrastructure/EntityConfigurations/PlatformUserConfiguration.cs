using APPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class PlatformUserConfiguration : IEntityTypeConfiguration<PlatformUser>
{
    public void Configure(EntityTypeBuilder<PlatformUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.OrganisationType).HasConversion<string>().HasMaxLength(32);
        user.HasIndex(u => u.OrganisationId);
    }
}
