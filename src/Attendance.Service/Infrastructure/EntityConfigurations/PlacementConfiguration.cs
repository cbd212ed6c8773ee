using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace APPlatform.Attendance.Infrastructure.EntityConfigurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.HasKey(p => p.PlacementId);
        builder.Property(p => p.RegistrationMode).HasMaxLength(20);
        builder.Property(p => p.Timetable).AsJsonColumn();
        builder.HasIndex(p => p.ProviderId);
        builder.HasIndex(p => p.SchoolId);
    }
}
