using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Attendance.Tests;

/// <summary>Register entries are kept for six years (SI 2024/208) and no longer.</summary>
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
}
