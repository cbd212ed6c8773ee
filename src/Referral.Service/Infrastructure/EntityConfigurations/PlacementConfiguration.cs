using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Referrals.Infrastructure.EntityConfigurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasOne<Referral>().WithOne().HasForeignKey<Placement>(p => p.ReferralId);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CommissionerType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LegalBasis).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.RegistrationMode).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Destination).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Address).HasMaxLength(500);
        builder.Property(p => p.PupilViews).HasMaxLength(4000);
        builder.Property(p => p.PersonResponsible).AsJsonColumn();
        builder.Property(p => p.PastoralContact).AsJsonColumn();
        builder.Property(p => p.Timetable).AsJsonColumn();
        builder.Property(p => p.History).AsJsonColumn();
        builder.Property(p => p.Notices).AsJsonColumn();
        builder.Property(p => p.Reviews).AsJsonColumn();
        builder.Property(p => p.ReviewsAskedFor).AsJsonColumn();
        builder.Property(p => p.Visits).AsJsonColumn();
        builder.Property(p => p.Incidents).AsJsonColumn();
        builder.Property(p => p.ReintegrationPlan).AsJsonColumn();
        builder.Property(p => p.FinalReport).AsJsonColumn();
        builder.Ignore(p => p.HoursPerWeek);
        builder.Ignore(p => p.FormalReviewsWithoutImprovement);
        builder.Ignore(p => p.MayEndForLackOfProgress);
        builder.Ignore(p => p.LastReviewHeldOn);
        builder.Ignore(p => p.LatestNotice);
        builder.Property<uint>("xmin").IsRowVersion();
        builder.HasIndex(p => new { p.SchoolId, p.Status });
        builder.HasIndex(p => new { p.ProviderId, p.Status });
        builder.HasIndex(p => p.PupilId);
        builder.HasIndex(p => p.LocalAuthorityId);
    }
}

internal sealed class ProviderReportConfiguration : IEntityTypeConfiguration<ProviderReport>
{
    public void Configure(EntityTypeBuilder<ProviderReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Placement>().WithMany().HasForeignKey(r => r.PlacementId);
        builder.HasIndex(r => new { r.PlacementId, r.Term }).IsUnique();
        builder.Property(r => r.Term).HasMaxLength(60);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Progress).HasMaxLength(8000);
        builder.Property(r => r.Behaviour).HasMaxLength(8000);
        builder.Property(r => r.Welfare).HasMaxLength(8000);
        builder.Property(r => r.Attendance).HasMaxLength(4000);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}
