using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Referrals.Policies;

/// <summary>
/// A trust's referral policy (or the configured default) and a school's days: its own calendar where it covers them,
/// England's typical year elsewhere.
/// </summary>
public sealed class SchoolPolicies(ReferralDbContext db, IOptions<ReferralOptions> options, SchoolCalendarGaps gaps)
{
    /// <summary>How many school years a school without its own calendar is shown, from the current one.</summary>
    public const int YearsShown = 3;

    public async Task<TrustPolicy> TrustPolicyAsync(Guid? trustId, CancellationToken cancellationToken) =>
        (trustId is null ? null : await db.TrustPolicies.FindAsync([trustId.Value], cancellationToken)) ?? options.Value.DefaultTrustPolicy;

    /// <summary>
    /// The cap on hours at an unregistered provider for this placement: its trust's policy, and what the directory last
    /// said of the provider.
    /// </summary>
    public async Task<UnregisteredHoursCap> UnregisteredHoursCapAsync(Placement placement, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.FindAsync([placement.ProviderId], cancellationToken);
        var policy = await TrustPolicyAsync(placement.TrustId, cancellationToken);
        return new UnregisteredHoursCap(provider is { IsRegistered: true }, policy.MaxUnregisteredHoursPerWeek);
    }

    /// <summary>
    /// Counts in the school's days (<see cref="SchoolDays"/>). If the school's own calendar did not cover a day the
    /// count needed, it says so loudly (<see cref="SchoolCalendarGaps"/>), whether or not the caller goes on to save,
    /// and even when the rule counting refuses the request.
    /// </summary>
    public async Task<T> InSchoolDaysAsync<T>(Guid schoolId, Func<SchoolDays, T> count, CancellationToken cancellationToken)
    {
        var days = new SchoolDays(await db.SchoolCalendars.AsNoTracking().SingleOrDefaultAsync(c => c.SchoolId == schoolId, cancellationToken));
        try
        {
            return count(days);
        }
        finally
        {
            if (days is { Own: { } own, FirstUncoveredDay: { } day })
            {
                await gaps.RecordAsync(own, day, cancellationToken);
            }
        }
    }

    /// <summary>The school's governing board's interval between reviews of an off-site direction, if it set one.</summary>
    public async Task<int?> OffSiteDirectionReviewWeeksAsync(Guid schoolId, CancellationToken cancellationToken) =>
        (await db.SchoolCalendars.FindAsync([schoolId], cancellationToken))?.OffSiteDirectionReviewWeeks;

    /// <summary>The school's own calendar, or England's typical year for this school year and the next two.</summary>
    public async Task<SchoolCalendar> CalendarAsync(Guid schoolId, DateOnly today, CancellationToken cancellationToken) =>
        await db.SchoolCalendars.FindAsync([schoolId], cancellationToken)
        ?? EnglandSchoolYear.Calendar(schoolId, EnglandSchoolYear.SchoolYearOf(today), YearsShown);
}
