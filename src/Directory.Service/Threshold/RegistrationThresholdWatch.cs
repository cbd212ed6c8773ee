using APPlatform.Contracts.Placements;
using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model.Threshold;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Threshold;

/// <summary>
/// Keeps the placements at each provider (from Referral.Service's events) and, for an unregistered provider, counts its
/// full-time pupils week by week, this week and the weeks ahead, across every commissioner. When the level rises
/// (clear → at risk → breached) it announces it once, naming the first week at that level; when it falls, a later
/// rise is announced again.
/// </summary>
public sealed class RegistrationThresholdWatch(DirectoryDbContext db, RegistrationThresholdRule rule, TimeProvider clock)
{
    public async Task RecordAsync(PlacementDetails placement, CancellationToken cancellationToken)
    {
        var record = await db.Placements.FindAsync([placement.PlacementId], cancellationToken);
        var previousProvider = record?.ProviderId;
        if (record is null)
        {
            record = new PlacementAtProvider { PlacementId = placement.PlacementId };
            db.Placements.Add(record);
        }

        record.ProviderId = placement.ProviderId;
        record.StartDate = placement.StartDate;
        record.EndDate = placement.PlannedEndDate;
        // Referral.Service holds the one definition of full time; a second one here could only disagree with it.
        record.IsFullTime = placement.IsFullTime;
        record.IsLookedAfterOrEhcp = placement.IsLookedAfter || placement.HasEhcPlan;
        await db.SaveChangesAsync(cancellationToken);

        await AssessAsync(placement.ProviderId, cancellationToken);
        if (previousProvider is { } moved && moved != placement.ProviderId)
        {
            await AssessAsync(moved, cancellationToken);
        }
    }

    public async Task EndAsync(Guid placementId, DateOnly endDate, CancellationToken cancellationToken)
    {
        if (await db.Placements.FindAsync([placementId], cancellationToken) is { } record)
        {
            record.EndDate = endDate;
            await db.SaveChangesAsync(cancellationToken);
            await AssessAsync(record.ProviderId, cancellationToken);
        }
    }

    private async Task AssessAsync(Guid providerId, CancellationToken cancellationToken)
    {
        // Placements at one provider arrive concurrently; assessing one at a time (the lock lasts until the consumer's
        // transaction commits) means the last to assess counts every placement and each rise is announced once.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey(providerId)})", cancellationToken);
        var provider = await db.Providers.FindAsync([providerId], cancellationToken);
        if (provider is { IsRegistered: true })
        {
            return;
        }

        var fullTime = await db.Placements.Where(p => p.ProviderId == providerId && p.IsFullTime).ToListAsync(cancellationToken);
        var worst = rule.WorstWeek(fullTime, clock.TodayInEngland());

        var alert = await db.ThresholdAlerts.FindAsync([providerId], cancellationToken);
        if (alert is null)
        {
            alert = new ThresholdAlert { ProviderId = providerId };
            db.ThresholdAlerts.Add(alert);
        }

        if (worst.Level > alert.Level)
        {
            var now = clock.GetUtcNow();
            db.AddIntegrationEvent(worst.Level == ThresholdLevel.Breached
                ? new ProviderRegistrationThresholdBreached(providerId, provider?.OwnerId, worst.Monday, worst.Pupils, worst.LookedAfterOrEhcp, now)
                : new ProviderRegistrationThresholdAtRisk(providerId, provider?.OwnerId, worst.Monday, worst.Pupils, worst.LookedAfterOrEhcp, now));
        }

        alert.Level = worst.Level;
        alert.WeekStarting = worst.Monday;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static long LockKey(Guid providerId)
    {
        Span<byte> bytes = stackalloc byte[16];
        providerId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
