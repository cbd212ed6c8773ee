using APPlatform.Referrals.Model;
using APPlatform.ServiceDefaults.Persistence.Retention;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Infrastructure;

/// <summary>How long referrals keep what they hold about a pupil, enforced daily (docs/security.md lists the whole platform's).</summary>
public static class RetentionSchedule
{
    /// <summary>The IRMS toolkit's pupil file (and child protection file): until the pupil is 25.</summary>
    public static readonly TimeSpan PupilFile = TimeSpan.FromDays(25 * 365.25);

    /// <summary>A pupil with special educational needs: their file until they are 31.</summary>
    private const int SenFileExtraYears = 6;

    /// <summary>
    /// A pupil's whole file goes at once: deleting the pupil deletes (by cascade) their referrals, placements, provider
    /// reports and suspensions. Measured from the date of birth, so the cut-off is a birthday, not a record's age.
    /// </summary>
    public static IServiceCollection AddReferralRetention(this IServiceCollection services) =>
        services.AddRetentionRule<ReferralDbContext>("pupils' files: referrals, placements, reports, suspensions", PupilFile,
            "IRMS Information Management Toolkit for Schools: date of birth + 25 years, + 31 for a SEN file",
            (db, cutoff, cancellationToken) =>
            {
                var bornBefore = DateOnly.FromDateTime(cutoff.UtcDateTime);
                var senBornBefore = bornBefore.AddYears(-SenFileExtraYears);
                return db.Pupils.Where(p => p.DateOfBirth < senBornBefore || (p.Sen == SenProvision.None && p.DateOfBirth < bornBefore))
                    .ExecuteDeleteAsync(cancellationToken);
            });
}
