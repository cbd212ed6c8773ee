using APPlatform.Referrals.Model.Briefings;
using APPlatform.Referrals.Model.Placements;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Referrals.Infrastructure.EntityConfigurations;

/// <summary>A table of its own, so the summary is read only where it is asked for, never with the placement.</summary>
internal sealed class ProviderBriefingConfiguration : IEntityTypeConfiguration<ProviderBriefing>
{
    public void Configure(EntityTypeBuilder<ProviderBriefing> builder)
    {
        builder.HasKey(b => b.PlacementId);
        builder.HasOne<Placement>().WithOne().HasForeignKey<ProviderBriefing>(b => b.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Sections).AsJsonColumn();
        builder.Property<uint>("xmin").IsRowVersion();
    }
}
