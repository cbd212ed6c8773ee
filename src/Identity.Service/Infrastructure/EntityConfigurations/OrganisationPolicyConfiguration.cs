using APPlatform.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Identity.Infrastructure.EntityConfigurations;

internal sealed class OrganisationPolicyConfiguration : IEntityTypeConfiguration<OrganisationPolicy>
{
    public void Configure(EntityTypeBuilder<OrganisationPolicy> policy)
    {
        policy.ToTable("OrganisationPolicies");
        policy.HasKey(p => p.OrganisationId);
    }
}
