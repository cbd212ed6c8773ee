using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Attendance.Infrastructure;

/// <summary>How long attendance keeps what it holds about a pupil, enforced daily (docs/security.md lists the whole platform's).</summary>
public static class RetentionSchedule
{
    /// <summary>SI 2024/208 reg. 7 (pupil registration): every register entry is kept for six years from the day it was made.</summary>
    public static readonly TimeSpan Registers = TimeSpan.FromDays(6 * 365 + 2);

    public static IServiceCollection AddAttendanceRetention(this IServiceCollection services) =>
        services.AddRetentionRule<AttendanceDbContext>("session marks and their follow-up cases", Registers,
            "School Attendance (Pupil Registration) (England) Regulations 2024: six years",
            async (db, cutoff, cancellationToken) =>
            {
                var before = DateOnly.FromDateTime(cutoff.UtcDateTime);
                // A case follows up one mark, so it goes first.
                var cases = await db.AbsenceCases.Where(c => c.Date < before).ExecuteDeleteAsync(cancellationToken);
                return cases + await db.Marks.Where(m => m.Date < before).ExecuteDeleteAsync(cancellationToken);
            });
}
