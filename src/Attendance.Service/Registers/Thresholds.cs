using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Summaries;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// After a placement's marks change, checks it against the thresholds that call for action (WTISA; trust policy §12):
/// attendance below the school's target, unauthorised absence on consecutive school days, and days of illness.
/// Each is announced once when crossed and re-armed when the placement recovers.
/// </summary>
public sealed class Thresholds(AttendanceDbContext db, IOptions<AttendanceOptions> options, TimeProvider clock)
{
    /// <summary>Below this many sessions, a percentage says too little to act on.</summary>
    public const int MinimumSessions = 10;

    public async Task EvaluateAsync(IReadOnlyCollection<Guid> placementIds, CancellationToken cancellationToken) =>
        await EvaluateAsync(await db.Placements.AsNoTracking().Where(p => placementIds.Contains(p.PlacementId)).ToListAsync(cancellationToken), cancellationToken);

    public async Task EvaluateAsync(IReadOnlyCollection<Placement> placements, CancellationToken cancellationToken)
    {
        var placementIds = placements.Select(p => p.PlacementId).ToList();
        var marks = (await db.Marks.AsNoTracking().Where(m => placementIds.Contains(m.PlacementId))
                .Select(m => new MarkFacts(m.PlacementId, m.Date, m.Status, m.Code)).ToListAsync(cancellationToken))
            .ToLookup(m => m.PlacementId);
        var schools = placements.Select(p => p.SchoolId).Distinct().ToList();
        var targets = await db.SchoolTargets.Where(t => schools.Contains(t.SchoolId)).ToDictionaryAsync(t => t.SchoolId, t => t.Percent, cancellationToken);
        var flags = (await db.Flags.Where(f => placementIds.Contains(f.PlacementId)).ToListAsync(cancellationToken)).ToLookup(f => f.PlacementId);
        var now = clock.GetUtcNow();

        foreach (var placement in placements)
        {
            var own = marks[placement.PlacementId].ToList();
            var summary = AttendanceSummary.Of(own);
            var target = targets.GetValueOrDefault(placement.SchoolId, options.Value.SchoolTargetPercent);
            Decide(placement, flags[placement.PlacementId], FlagKind.BelowTarget, summary.SessionsPossible >= MinimumSessions && summary.AttendancePercent < target,
                () => new AttendanceBelowThreshold(placement.PlacementId, placement.PupilId, placement.SchoolId, summary.AttendancePercent, target, now), now);

            var days = own.GroupBy(m => m.Date).OrderByDescending(d => d.Key).ToList();
            var consecutive = days.TakeWhile(d => d.All(m => m.Status is MarkStatus.Absent or MarkStatus.Missing && !AbsenceCodes.IsAuthorised(m.Code))).Count();
            Decide(placement, flags[placement.PlacementId], FlagKind.ConsecutiveAbsence, consecutive >= options.Value.ConsecutiveAbsenceDays,
                () => new ConsecutiveAbsence(placement.PlacementId, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, consecutive, now), now);

            var illnessDays = days.Count(d => d.Any(m => m.Code == AbsenceCodes.Illness));
            Decide(placement, flags[placement.PlacementId], FlagKind.IllnessAbsence, illnessDays >= options.Value.IllnessAbsenceDays,
                () => new IllnessAbsence(placement.PlacementId, placement.PupilId, placement.SchoolId, placement.LocalAuthorityId, illnessDays, now), now);
        }
    }

    private void Decide(Placement placement, IEnumerable<AttendanceFlag> raised, FlagKind kind, bool crossed, Func<APPlatform.Contracts.IIntegrationEvent> announce, DateTimeOffset now)
    {
        var flag = raised.SingleOrDefault(f => f.Kind == kind);
        if (crossed && flag is null)
        {
            db.Flags.Add(new AttendanceFlag { PlacementId = placement.PlacementId, Kind = kind, RaisedAt = now });
            db.AddIntegrationEvent(announce());
        }
        else if (!crossed && flag is not null)
        {
            db.Flags.Remove(flag);
        }
    }
}
