using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.ServiceDefaults.Scheduling;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public const string TableName = "Deadlines";

    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasMaxLength(100);
        builder.Property(d => d.Subject).HasMaxLength(300);
        builder.Property(d => d.Payload).HasColumnType("jsonb");
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.HasIndex(d => new { d.Kind, d.Subject }).IsUnique().HasFilter("\"FiredAt\" IS NULL");
        builder.HasIndex(d => d.DueAt).HasDatabaseName("IX_Deadlines_Pending").HasFilter("\"FiredAt\" IS NULL");
    }
}
