using APPlatform.Contracts.Referrals;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Suspensions;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Deadlines;

/// <summary>
/// On day six of a suspension of more than five school days the school must be providing full-time education (EIA
/// 2006 s100; trust policy §10.3). At the start of that day, if no placement for the pupil has started, say so.
/// </summary>
public sealed class DaySixDuty(ReferralDbContext db) : IDeadlineHandler
{
    public const string KindName = "suspension-day-six";

    public sealed record Payload(Guid SuspensionId);

    public string Kind => KindName;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var suspension = await db.Suspensions.FindAsync([deadline.PayloadAs<Payload>().SuspensionId], cancellationToken);
        if (suspension?.DaySix is not { } daySix)
        {
            return;
        }

        if (!await db.Placements.AnyAsync(DaySixProvision.Covers(suspension.PupilId, daySix), cancellationToken))
        {
            db.AddIntegrationEvent(new SuspensionDaySixWithoutProvision(suspension.Id, suspension.PupilId, suspension.SchoolId, suspension.LocalAuthorityId, daySix, deadline.DueAt));
        }
    }
}
