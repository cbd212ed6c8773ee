using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Attendance.Infrastructure.EntityConfigurations;

internal sealed class SessionMarkConfiguration : IEntityTypeConfiguration<SessionMark>
{
    public void Configure(EntityTypeBuilder<SessionMark> builder)
    {
        builder.HasKey(m => m.Id);
        builder.HasIndex(m => new { m.PlacementId, m.Date, m.Session }).IsUnique();
        builder.HasIndex(m => new { m.SchoolId, m.Date });
        builder.HasIndex(m => new { m.ProviderId, m.Date });
        // The threshold pass reads a placement's illness marks whatever their date; they are few.
        builder.HasIndex(m => new { m.PlacementId, m.Date }, "IX_Marks_Illness").HasFilter($"\"Code\" = '{AbsenceCodes.Illness}'");
        builder.Property(m => m.Session).HasConversion<string>().HasMaxLength(2);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Reason).HasMaxLength(500);
        builder.Property(m => m.RecordedBy).HasMaxLength(200);
        builder.Property(m => m.Code).HasMaxLength(3);
        builder.Property(m => m.History).AsJsonColumn();
        builder.Ignore(m => m.IsAbsence);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class MarkCountConfiguration : IEntityTypeConfiguration<MarkCount>
{
    public void Configure(EntityTypeBuilder<MarkCount> builder)
    {
        builder.HasKey(c => new { c.PlacementId, c.Week, c.Status, c.Code });
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Code).HasMaxLength(3);
    }
}

internal sealed class AbsenceCaseConfiguration : IEntityTypeConfiguration<AbsenceCase>
{
    public void Configure(EntityTypeBuilder<AbsenceCase> builder)
    {
        builder.HasKey(c => c.Id);
        builder.HasOne<SessionMark>().WithMany().HasForeignKey(c => c.MarkId);
        builder.HasIndex(c => new { c.SchoolId, c.Status });
        builder.HasIndex(c => new { c.PlacementId, c.Date });
        builder.HasIndex(c => c.Date).HasDatabaseName("IX_AbsenceCases_UnexplainedMarkUnchecked").HasFilter("\"UnexplainedMarkCheckedAt\" IS NULL");
        builder.Property(c => c.Session).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.EscalatedTo).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Code).HasMaxLength(3);
        builder.Property(c => c.Explanation).HasMaxLength(2000);
        builder.Property(c => c.Actions).AsJsonColumn();
        builder.Ignore(c => c.IsOpen);
        builder.Property<uint>("xmin").IsRowVersion();
    }
}

internal sealed class SettingsConfiguration :
    IEntityTypeConfiguration<ProviderCutoff>, IEntityTypeConfiguration<SchoolTarget>, IEntityTypeConfiguration<RegisterCheck>, IEntityTypeConfiguration<AttendanceFlag>
{
    public void Configure(EntityTypeBuilder<ProviderCutoff> builder) => builder.HasKey(c => c.ProviderId);

    public void Configure(EntityTypeBuilder<SchoolTarget> builder) => builder.HasKey(t => t.SchoolId);

    public void Configure(EntityTypeBuilder<RegisterCheck> builder)
    {
        builder.HasKey(c => new { c.ProviderId, c.Date, c.Session });
        builder.Property(c => c.Session).HasConversion<string>().HasMaxLength(2);
    }

    public void Configure(EntityTypeBuilder<AttendanceFlag> builder)
    {
        builder.HasKey(f => new { f.PlacementId, f.Kind });
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
