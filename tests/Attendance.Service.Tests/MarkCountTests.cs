using APPlatform.Attendance.Model;
using APPlatform.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Tests;

/// <summary>The weekly counts of a placement's marks, which the threshold rules read, stay equal to the marks however they are written.</summary>
public sealed class MarkCountTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    private static readonly DateOnly Monday = new(2026, 11, 2);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task CountsFollowMarksAddedCorrectedRecodedAndDeleted()
    {
        var details = await service.PlacementAsync();
        var id = details.PlacementId;

        // Several marks in one statement (as a return writes them), and one at a time through the change tracker.
        await service.WithDbAsync(async db =>
        {
            var placement = await db.Placements.SingleAsync(p => p.PlacementId == id);
            await db.InsertAllAsync(
                [Marked(placement, Monday, Session.AM, MarkStatus.Present), Marked(placement, Monday, Session.PM, MarkStatus.Absent),
                 Marked(placement, Monday.AddDays(1), Session.AM, MarkStatus.Present), Marked(placement, Monday.AddDays(7), Session.AM, MarkStatus.Missing)],
                CancellationToken.None);
            db.Marks.AddRange(Marked(placement, Monday.AddDays(8), Session.AM, MarkStatus.Late), Marked(placement, Monday.AddDays(8), Session.PM, MarkStatus.Absent));
            return await db.SaveChangesAsync();
        });
        await AssertCountsEqualMarksAsync(id, sessions: 6);

        // A provider's correction, and a school confirming an absence's reason.
        await service.WithDbAsync(async db =>
        {
            var marks = await db.Marks.Where(m => m.PlacementId == id).ToListAsync();
            marks.Single(m => m.Date == Monday && m.Session == Session.PM).Record(MarkStatus.Present, null, null, "provider", "B", Now);
            marks.Single(m => m.Date == Monday.AddDays(8) && m.Session == Session.PM).Code = AbsenceCodes.Illness;
            return await db.SaveChangesAsync();
        });
        var weeks = await AssertCountsEqualMarksAsync(id, sessions: 6);
        Assert.Contains(new MarkCount(id, Monday, MarkStatus.Present, "B", 3), weeks);
        Assert.Contains(new MarkCount(id, Monday.AddDays(7), MarkStatus.Absent, AbsenceCodes.Illness, 1), weeks);

        // Retention's deletion of a week.
        await service.WithDbAsync(db => db.Marks.Where(m => m.PlacementId == id && m.Date < Monday.AddDays(7)).ExecuteDeleteAsync());
        weeks = await AssertCountsEqualMarksAsync(id, sessions: 3);
        Assert.All(weeks, week => Assert.Equal(Monday.AddDays(7), week.Week));
    }

    private static SessionMark Marked(Placement placement, DateOnly date, Session session, MarkStatus status)
    {
        var mark = SessionMark.For(placement, date, session, Now);
        mark.Record(status, status == MarkStatus.Late ? 10 : null, null, "provider", "B", Now);
        return mark;
    }

    /// <summary>Asserts the counts the database keeps are the counts of the marks it holds; returns them.</summary>
    private async Task<List<MarkCount>> AssertCountsEqualMarksAsync(Guid placementId, int sessions)
    {
        var (kept, marks) = await service.WithDbAsync(async db => (
            await db.MarkCounts.Where(c => c.PlacementId == placementId && c.Sessions > 0).ToListAsync(),
            await db.Marks.Where(m => m.PlacementId == placementId).Select(m => new MarkFacts(m.PlacementId, m.Date, m.Status, m.Code)).ToListAsync()));

        Assert.Equal(sessions, marks.Count);
        Assert.Equal(Ordered(MarkCount.Of(marks)), Ordered(kept));
        return kept;
    }

    private static List<MarkCount> Ordered(IEnumerable<MarkCount> counts) => [.. counts.OrderBy(c => c.Week).ThenBy(c => c.Status).ThenBy(c => c.Code)];
}
