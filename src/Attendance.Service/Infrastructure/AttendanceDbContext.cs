using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Infrastructure;

public sealed class AttendanceDbContext(DbContextOptions<AttendanceDbContext> options) : DbContext(options)
{
    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<SessionMark> Marks => Set<SessionMark>();

    /// <summary>Kept by the database as marks change; read only.</summary>
    public DbSet<MarkCount> MarkCounts => Set<MarkCount>();

    public DbSet<AbsenceCase> AbsenceCases => Set<AbsenceCase>();

    public DbSet<ProviderCutoff> ProviderCutoffs => Set<ProviderCutoff>();

    public DbSet<SchoolTarget> SchoolTargets => Set<SchoolTarget>();

    public DbSet<RegisterCheck> RegisterChecks => Set<RegisterCheck>();

    public DbSet<AttendanceFlag> Flags => Set<AttendanceFlag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AttendanceDbContext).Assembly);
        modelBuilder.AddPlatformTables();
        modelBuilder.AddAccessLog();
    }
}
