using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Referrals.Infrastructure.EntityConfigurations;

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.SchoolId, p.Upn }).IsUnique();
        builder.Property(p => p.Upn).HasMaxLength(13);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Sen).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Protection).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EhcpCaseworker).HasMaxLength(200);
        builder.Property(p => p.VirtualSchoolHead).HasMaxLength(200);
        builder.Property(p => p.SocialWorker).HasMaxLength(200);
        builder.Property(p => p.Carers).AsJsonColumn();
        builder.Property(p => p.Changes).AsJsonColumn();
        builder.Ignore(p => p.FullName);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(r => r.PupilId);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Route).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Reasons).AsJsonColumn();
        builder.Property(r => r.ReasonDetail).HasMaxLength(4000);
        builder.Property(r => r.Needs).HasMaxLength(4000);
        builder.Property(r => r.UnregisteredJustification).HasMaxLength(4000);
        builder.Property(r => r.Proposal).AsJsonColumn();
        builder.Property(r => r.Chronology).AsJsonColumn();
        builder.Property(r => r.Approvals).AsJsonColumn();
        builder.Property(r => r.ApLead).AsJsonColumn();
        builder.Property(r => r.Plan).AsJsonColumn();
        builder.Property(r => r.ParentAgreement).AsJsonColumn();
        builder.Property(r => r.History).AsJsonColumn();
        builder.Property(r => r.ArrangedByLocalAuthority).AsJsonColumn();
        builder.Ignore(r => r.DecidingStage);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.MayPlanPlacement);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(r => new { r.SchoolId, r.Status });
        builder.HasIndex(r => r.TrustId);
        builder.HasIndex(r => r.LocalAuthorityId);
    }
}
