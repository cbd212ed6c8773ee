using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ServiceDefaults.AccessLog;

internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public const string TableName = "AccessLog";

    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.OrganisationType).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ClientId).HasMaxLength(200);
        builder.Property(e => e.Person).HasMaxLength(200);
        builder.Property(e => e.PersonName).HasMaxLength(200);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.RecordKind).HasMaxLength(50);
        builder.Property(e => e.RouteName).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(AccessReason.MaxLength);

        // The data protection officer's question: this school's pupils (or one of them), over a period.
        builder.HasIndex(e => new { e.SchoolId, e.At });
        builder.HasIndex(e => new { e.PupilId, e.At });
    }
}
