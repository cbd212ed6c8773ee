using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Policies;
using Microsoft.Extensions.Options;

namespace APPlatform.Referrals.Policies;

/// <summary>A trust's referral policy and a school's calendar, or the configured defaults where they have set none.</summary>
public sealed class SchoolPolicies(ReferralDbContext db, IOptions<ReferralOptions> options)
{
    public async Task<TrustPolicy> TrustPolicyAsync(Guid? trustId, CancellationToken cancellationToken) =>
        (trustId is null ? null : await db.TrustPolicies.FindAsync([trustId.Value], cancellationToken)) ?? options.Value.DefaultTrustPolicy;

    public async Task<SchoolCalendar> CalendarAsync(Guid schoolId, CancellationToken cancellationToken) =>
        await db.SchoolCalendars.FindAsync([schoolId], cancellationToken) ?? options.Value.DefaultSchoolCalendar;
}
