using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Infrastructure;

internal sealed class AttendanceDbContextDesignTimeFactory : DesignTimeDbContextFactory<AttendanceDbContext>
{
    protected override AttendanceDbContext Create(DbContextOptions<AttendanceDbContext> options) => new(options);
}
