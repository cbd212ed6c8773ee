using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ProviderDirectory.Infrastructure.EntityConfigurations;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderId);
        builder.Property(c => c.Part).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Proposed).HasColumnType("jsonb");
        builder.Property(c => c.ReviewNote).HasMaxLength(2000);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(c => new { c.ProviderId, c.Status });
    }
}
