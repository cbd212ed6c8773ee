using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Contracts;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// After a placement's marks change, reads what the threshold rules need (its sessions counted by week, its latest
/// marks and those for illness, the school's target, the flags raised) and asks each rule: below the school's target, consecutive unauthorised absence, days of illness, unauthorised
/// sessions in the penalty notice framework's rolling weeks. What
/// <see cref="ThresholdAnnouncement"/> decides is saved here, with the event that announces a crossing.
/// </summary>
public sealed class Thresholds(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock)
{
    public async Task EvaluateAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken) =>
        await EvaluateAsync(await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.PlacementId)).ToListAsync(cancellationToken), cancellationToken);

    public async Task EvaluateAsync(IReadOnlyCollection<Placement> placements, CancellationToken cancellationToken)
    {
        var placementIds = placements.Select(p => p.PlacementId).ToList();
        var counts = (await db.MarkCounts.AsNoTracking().Where(c => placementIds.Contains(c.PlacementId) && c.Sessions > 0).ToListAsync(cancellationToken))
            .ToLookup(c => c.PlacementId);
        var (consecutiveRule, illnessRule, penaltyRule) = (options.Value.ConsecutiveAbsence(), options.Value.IllnessAbsence(), options.Value.PenaltyNotice());
        // The current run of missed days and the days of illness need marks, not counts: each placement's since its latest
        // week with a session not missed (one date for them all, the earliest such week), and the ones coded for illness.
        // A placement with no such week has missed every day it has: its latest days, as many as the rule counts, decide
        // whether the run is long enough (and its days are counted in full only to announce it).
        var neededFrom = placements.ToDictionary(p => p.PlacementId, p => ConsecutiveAbsenceThreshold.MarksNeededFrom(counts[p.PlacementId]));
        var neverAttended = neededFrom.Where(p => p.Value == DateOnly.MinValue).Select(p => p.Key).ToHashSet();
        foreach (var (placementId, day) in await EarliestOfLatestDaysAsync(neverAttended, consecutiveRule.SchoolDays, cancellationToken))
        {
            neededFrom[placementId] = day;
        }

        var from = neededFrom.Values.Where(day => day != DateOnly.MinValue).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var marks = (await db.Marks.AsNoTracking()
                .Where(m => placementIds.Contains(m.PlacementId) && (m.Date >= from || m.Code == AbsenceCodes.Illness))
                .Select(m => new MarkFacts(m.PlacementId, m.Date, m.Status, m.Code)).ToListAsync(cancellationToken))
            .ToLookup(m => m.PlacementId);
        var schools = placements.Select(p => p.SchoolId).Distinct().ToList();
        var targets = await db.SchoolTargets.Where(t => schools.Contains(t.SchoolId)).ToDictionaryAsync(t => t.SchoolId, t => t.Percent, cancellationToken);
        var flags = (await db.Flags.Where(f => placementIds.Contains(f.PlacementId)).ToListAsync(cancellationToken)).ToLookup(f => f.PlacementId);
        var now = clock.GetUtcNow();

        foreach (var placement in placements)
        {
            var own = marks[placement.PlacementId].ToList();
            var weeks = counts[placement.PlacementId].ToList();
            var raised = flags[placement.PlacementId].ToList();
            var summary = AttendanceSummary.Of(weeks);
            var target = new BelowTargetThreshold(targets.GetValueOrDefault(placement.SchoolId, options.Value.SchoolTargetPercent));
            Apply(placement, raised, FlagKind.BelowTarget, target.IsCrossedBy(summary),
                () => new AttendanceBelowThreshold(placement.PlacementId, placement.PupilId, placement.SchoolId, summary.AttendancePercent, target.TargetPercent, now), now);

            var consecutive = ConsecutiveAbsenceThreshold.DaysOf(own);
            if (neverAttended.Contains(placement.PlacementId) && consecutiveRule.IsCrossedBy(consecutive)
                && !raised.Any(f => f.Kind == FlagKind.ConsecutiveAbsence))
            {
                consecutive = await db.Marks.Where(m => m.PlacementId == placement.PlacementId).Select(m => m.Date).Distinct().CountAsync(cancellationToken);
            }

            Apply(placement, raised, FlagKind.ConsecutiveAbsence, consecutiveRule.IsCrossedBy(consecutive),
                () => new ConsecutiveAbsence(placement.PlacementId, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, consecutive, now), now);

            var illness = IllnessAbsenceThreshold.DaysOf(own);
            Apply(placement, raised, FlagKind.IllnessAbsence, illnessRule.IsCrossedBy(illness),
                () => new IllnessAbsence(placement.PlacementId, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, illness, now), now);

            var unauthorised = penaltyRule.SessionsOf(weeks);
            Apply(placement, raised, FlagKind.PenaltyNotice, penaltyRule.IsCrossedBy(unauthorised),
                () => new PenaltyThresholdReached(placement.PlacementId, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, unauthorised,
                    penaltyRule.SchoolWeeks, now), now);
        }
    }

    /// <summary>For each placement, the earliest of its latest <paramref name="days"/> days with marks (read from the marks' index).</summary>
    private async Task<List<(Guid PlacementId, DateOnly Day)>> EarliestOfLatestDaysAsync(
        IReadOnlyCollection<Guid> placementIds, int days, CancellationToken cancellationToken) =>
        placementIds.Count == 0
            ? []
            : [.. (await db.Database.SqlQueryRaw<PlacementDay>(
                    """
                    SELECT p.id AS "PlacementId", min(latest."Date") AS "Day"
                    FROM unnest({0}) AS p(id)
                    CROSS JOIN LATERAL (SELECT DISTINCT "Date" FROM "Marks" WHERE "PlacementId" = p.id ORDER BY "Date" DESC LIMIT {1}) AS latest
                    GROUP BY p.id
                    """,
                    placementIds.ToArray(), days)
                .ToListAsync(cancellationToken)).Select(d => (d.PlacementId, d.Day))];

    private sealed record PlacementDay(Guid PlacementId, DateOnly Day);

    private void Apply(Placement placement, IEnumerable<AttendanceFlag> raised, FlagKind kind, bool crossed, Func<IIntegrationEvent> announce, DateTimeOffset now)
    {
        var flag = raised.SingleOrDefault(f => f.Kind == kind);
        switch (ThresholdAnnouncement.Decide(crossed, flag is not null))
        {
            case FlagChange.Raise:
                db.Flags.Add(new AttendanceFlag { PlacementId = placement.PlacementId, Kind = kind, RaisedAt = now });
                db.AddIntegrationEvent(announce());
                break;
            case FlagChange.Clear:
                db.Flags.Remove(flag!);
                break;
        }
    }
}
