using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Audits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ProviderDirectory.Infrastructure.EntityConfigurations;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditRiskAssessment>
{
    public void Configure(EntityTypeBuilder<AuditRiskAssessment> builder)
    {
        builder.ToTable("Audits");
        builder.HasKey(a => a.Id);
        builder.HasOne<Provider>().WithMany().HasForeignKey(a => a.ProviderId);
        builder.Property(a => a.AuthorOrganisationType).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Answers).AsJsonColumn();
        builder.Property(a => a.SignedOffBy).HasMaxLength(200);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(a => new { a.ProviderId, a.LocalAuthorityId });
        builder.HasIndex(a => a.AuthorOrganisationId);
    }
}
