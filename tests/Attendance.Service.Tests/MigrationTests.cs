using APPlatform.Attendance.Infrastructure;
using APPlatform.TestSupport;

namespace APPlatform.Attendance.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<AttendanceDbContext>(options => new(options));
}
