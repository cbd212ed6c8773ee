using APPlatform.Referrals.Model;
using APPlatform.Referrals.Model.Attendance;
using APPlatform.Referrals.Model.Directory;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Referrals.Infrastructure.EntityConfigurations;

internal sealed class SuspensionConfiguration : IEntityTypeConfiguration<Suspension>
{
    public void Configure(EntityTypeBuilder<Suspension> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Pupil>().WithMany().HasForeignKey(s => s.PupilId);
        builder.HasIndex(s => s.SchoolId);
    }
}

internal sealed class TrustPolicyConfiguration : IEntityTypeConfiguration<TrustPolicy>
{
    public void Configure(EntityTypeBuilder<TrustPolicy> builder)
    {
        builder.HasKey(p => p.TrustId);
        builder.Property(p => p.Approval).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class SchoolCalendarConfiguration : IEntityTypeConfiguration<SchoolCalendar>
{
    public void Configure(EntityTypeBuilder<SchoolCalendar> builder)
    {
        builder.HasKey(c => c.SchoolId);
        builder.Property(c => c.Terms).AsJsonColumn();
        builder.Property(c => c.Closures).AsJsonColumn();
        builder.Ignore(c => c.CoversFrom);
        builder.Ignore(c => c.CoversUntil);
        // The health check asks for these on every probe; there are few, among a row for every school with its own terms.
        builder.HasIndex(c => c.UncoveredDayNeeded).HasFilter("\"UncoveredDayNeeded\" IS NOT NULL");
    }
}

internal sealed class DirectorySnapshotConfiguration : IEntityTypeConfiguration<ProviderSnapshot>, IEntityTypeConfiguration<AuditSnapshot>
{
    public void Configure(EntityTypeBuilder<ProviderSnapshot> builder)
    {
        builder.ToTable("DirectoryProviders");
        builder.HasKey(p => p.ProviderId);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Listing).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Urn).HasMaxLength(6);
        builder.Property(p => p.Ukprn).HasMaxLength(8);
    }

    public void Configure(EntityTypeBuilder<AuditSnapshot> builder)
    {
        builder.ToTable("DirectoryAudits");
        builder.HasKey(a => a.AuditId);
        builder.HasIndex(a => a.ProviderId);
    }
}

internal sealed class SchoolWeekAttendanceConfiguration : IEntityTypeConfiguration<SchoolWeekAttendance>
{
    public void Configure(EntityTypeBuilder<SchoolWeekAttendance> builder)
    {
        builder.ToTable("AttendanceSchoolWeeks");
        builder.HasKey(w => new { w.SchoolId, w.WeekStarting });
    }
}
