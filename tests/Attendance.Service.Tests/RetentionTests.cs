using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.AccessLog;
using APPlatform.ServiceDefaults.Authentication;
using Npgsql;
using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Attendance.Tests;

/// <summary>Register entries, and the access log's lines, are kept for six years and no longer.</summary>
public sealed class RetentionTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    [Fact]
    public async Task RegisterEntriesOlderThanSixYearsAreDeletedAndYoungerOnesKept()
    {
        var details = await service.PlacementAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (old, kept) = await service.WithDbAsync(async db =>
        {
            var placement = await db.Placements.SingleAsync(p => p.PlacementId == details.PlacementId);
            var marks = (SessionMark.For(placement, today.AddYears(-6).AddDays(-3), Session.AM, DateTimeOffset.UtcNow),
                SessionMark.For(placement, today.AddYears(-6).AddDays(3), Session.AM, DateTimeOffset.UtcNow));
            db.Marks.AddRange(marks.Item1, marks.Item2);
            await db.SaveChangesAsync();
            return marks;
        });

        await service.App.Services.GetRequiredService<RetentionJob<AttendanceDbContext>>().RunOnceAsync(TestContext.Current.CancellationToken);

        var left = await service.WithDbAsync(db => db.Marks.Where(m => m.PlacementId == details.PlacementId).Select(m => m.Id).ToListAsync());
        Assert.Equal([kept.Id], left);
        Assert.DoesNotContain(old.Id, left);
    }

    [Fact]
    public async Task AccessLogLinesOlderThanSixYearsAreDeletedAndAYoungerOneStillCannotBe()
    {
        var now = DateTimeOffset.UtcNow;
        var (old, kept) = (Line(now.AddYears(-6).AddDays(-3)), Line(now.AddYears(-6).AddDays(3)));
        await service.WithDbAsync(db =>
        {
            db.Set<AccessLogEntry>().AddRange(old, kept);
            return db.SaveChangesAsync();
        });

        await service.App.Services.GetRequiredService<RetentionJob<AttendanceDbContext>>().RunOnceAsync(TestContext.Current.CancellationToken);

        var left = await service.WithDbAsync(db => db.Set<AccessLogEntry>().Where(e => e.Id == old.Id || e.Id == kept.Id).Select(e => e.Id).ToListAsync());
        Assert.Equal([kept.Id], left);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => service.WithDbAsync(db =>
            db.Set<AccessLogEntry>().Where(e => e.Id == kept.Id).ExecuteDeleteAsync()));
        Assert.Contains("append-only", refused.MessageText);
    }

    private static AccessLogEntry Line(DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(), At = at, OrganisationId = Guid.NewGuid(), OrganisationType = OrganisationType.School, ClientId = "demo-school",
        Action = AccessAction.Read, RecordKind = "marks", RecordId = Guid.NewGuid(), PupilId = Guid.NewGuid(), SchoolId = Guid.NewGuid(),
    };
}
