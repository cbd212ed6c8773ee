using APPlatform.Referrals.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace APPlatform.Referrals.Policies;

/// <summary>
/// Degraded while any school's own calendar has failed to cover a day the platform needed (SchoolCalendarGaps). The
/// report names each such school and the day. The service still works, counting those days in England's typical year,
/// but its answers for that school may be a few days out. It is advisory: the AppHost does not wait on it.
/// </summary>
public sealed class SchoolCalendarHealthCheck(ReferralDbContext db) : IHealthCheck
{
    public const string Name = "school-calendars";

    /// <summary>How many schools the report names; the rest are counted.</summary>
    private const int Named = 10;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var uncovered = db.SchoolCalendars.AsNoTracking().Where(c => c.UncoveredDayNeeded != null);
        var schools = await uncovered.OrderBy(c => c.UncoveredDayNeeded).Take(Named)
            .Select(c => new { c.SchoolId, c.UncoveredDayNeeded }).ToListAsync(cancellationToken);
        if (schools.Count == 0)
        {
            return HealthCheckResult.Healthy("Every school calendar covers the days the platform has needed.");
        }

        var total = schools.Count < Named ? schools.Count : await uncovered.CountAsync(cancellationToken);
        var named = string.Join("; ", schools.Select(s => $"school {s.SchoolId} has no terms for {s.UncoveredDayNeeded:yyyy-MM-dd}"));
        var more = total > schools.Count ? $"; and {total - schools.Count} more" : "";
        return HealthCheckResult.Degraded(
            $"{total} school calendar(s) do not cover a day the platform needed, which was counted in England's typical year instead: " +
            $"{named}{more}. Each school has been told to set its terms (PUT /api/referrals/school-calendar).");
    }
}
