using APPlatform.ProviderDirectory.Model.Threshold;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ProviderDirectory.Infrastructure.EntityConfigurations;

internal sealed class PlacementAtProviderConfiguration : IEntityTypeConfiguration<PlacementAtProvider>
{
    public void Configure(EntityTypeBuilder<PlacementAtProvider> builder)
    {
        builder.ToTable("Placements");
        builder.HasKey(p => p.PlacementId);
        builder.HasIndex(p => p.ProviderId);
    }
}

internal sealed class ThresholdAlertConfiguration : IEntityTypeConfiguration<ThresholdAlert>
{
    public void Configure(EntityTypeBuilder<ThresholdAlert> builder)
    {
        builder.HasKey(a => a.ProviderId);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
    }
}
