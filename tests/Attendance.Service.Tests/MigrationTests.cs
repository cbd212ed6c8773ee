using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace APPlatform.Attendance.Tests;

public sealed class MigrationTests(TestServers servers)
{
    [Fact]
    public void EveryModelChangeHasAMigration() => MigrationAssert.CoversModel<AttendanceDbContext>(options => new(options));

    [Fact]
    public async Task MarksHeldBeforeTheyWereCountedAreCountedByTheUpgrade()
    {
        var connectionString = await servers.CreateDatabaseAsync("attendance_counts_upgrade");
        await using var db = new AttendanceDbContext(new DbContextOptionsBuilder<AttendanceDbContext>().UseNpgsql(connectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261205071233_UnexplainedMarksDailyCheck", TestContext.Current.CancellationToken);
        var (placement, monday, now) = (new Placement { PlacementId = Guid.NewGuid() }, new DateOnly(2026, 11, 2), DateTimeOffset.UtcNow);
        foreach (var (day, status) in new[] { (0, MarkStatus.Present), (1, MarkStatus.Present), (2, MarkStatus.Absent), (7, MarkStatus.Absent) })
        {
            var mark = SessionMark.For(placement, monday.AddDays(day), Session.AM, now);
            mark.Record(status, null, null, "provider", "B", now);
            db.Marks.Add(mark);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken);

        var counts = (await db.MarkCounts.ToListAsync(TestContext.Current.CancellationToken)).OrderBy(c => c.Week).ThenBy(c => c.Status);
        Assert.Equal(
            [
                new MarkCount(placement.PlacementId, monday, MarkStatus.Present, "B", 2), new MarkCount(placement.PlacementId, monday, MarkStatus.Absent, "N", 1),
                new MarkCount(placement.PlacementId, monday.AddDays(7), MarkStatus.Absent, "N", 1),
            ],
            counts);
    }
}
