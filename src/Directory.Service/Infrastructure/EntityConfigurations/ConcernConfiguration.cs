using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Concerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ProviderDirectory.Infrastructure.EntityConfigurations;

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderId);
        builder.Property(c => c.RaisedByOrganisationType).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.History).AsJsonColumn();
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(c => new { c.LocalAuthorityId, c.Status });
        builder.HasIndex(c => c.RaisedByOrganisationId);
    }
}
