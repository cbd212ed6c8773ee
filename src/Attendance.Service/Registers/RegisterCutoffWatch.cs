using APPlatform.Attendance.Infrastructure;
using APPlatform.Attendance.Model;
using APPlatform.Attendance.Model.Rules;
using APPlatform.Contracts.Attendance;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace APPlatform.Attendance.Registers;

/// <summary>
/// At each provider's cut-off (10:00 and 14:00 unless it has its own), every session expected today with no mark
/// becomes missing, opens a follow-up case like any absence, and the provider's register is reported as not
/// submitted. Each provider's session is checked once; replicas take turns.
/// </summary>
public sealed class RegisterCutoffWatch(IServiceScopeFactory scopes, IOptions<AttendanceOptions> options, TimeProvider clock, ILogger<RegisterCutoffWatch> logger)
    : BackgroundService
{
    private const long CheckLock = 0x4150_5265_6769_7374; // "APRegist"

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RegisterCheckInterval, clock);
        do
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Checking registers past their cut-off failed; trying again shortly");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AttendanceDbContext>();
        var services = scope.ServiceProvider;
        await db.Database.RunExclusivelyAsync(CheckLock, () => CheckTodayAsync(db, services.GetRequiredService<AbsenceFollowUp>(), services.GetRequiredService<Thresholds>(),
            cancellationToken), cancellationToken);
    }

    private async Task CheckTodayAsync(AttendanceDbContext db, AbsenceFollowUp followUp, Thresholds thresholds, CancellationToken cancellationToken)
    {
        var now = clock.NowInEngland();
        var today = DateOnly.FromDateTime(now.DateTime);
        var running = (await db.Placements.AsNoTracking().Where(p => p.StartDate <= today && (p.EndDate == null || p.EndDate >= today)).ToListAsync(cancellationToken))
            .Where(p => MarkOnTimetabledSession.IsExpected(p, today, Session.AM) || MarkOnTimetabledSession.IsExpected(p, today, Session.PM))
            .ToList();
        var providers = running.Select(p => p.ProviderId).Distinct().ToList();
        var cutoffs = await db.ProviderCutoffs.Where(c => providers.Contains(c.ProviderId)).ToDictionaryAsync(c => c.ProviderId, cancellationToken);
        var checkedAlready = (await db.RegisterChecks.Where(c => c.Date == today).Select(c => new { c.ProviderId, c.Session }).ToListAsync(cancellationToken))
            .Select(c => (c.ProviderId, c.Session)).ToHashSet();

        foreach (var session in new[] { Session.AM, Session.PM })
        {
            foreach (var provider in providers.Where(p => !checkedAlready.Contains((p, session))))
            {
                var cutoff = cutoffs.GetValueOrDefault(provider)?.Cutoffs ?? options.Value.DefaultCutoffs();
                if (cutoff.HasPassed(session, TimeOnly.FromDateTime(now.DateTime)))
                {
                    var expected = running.Where(p => p.ProviderId == provider && MarkOnTimetabledSession.IsExpected(p, today, session)).ToList();
                    await CheckProviderAsync(db, followUp, thresholds, provider, today, session, expected, cancellationToken);
                }
            }
        }
    }

    private async Task CheckProviderAsync(
        AttendanceDbContext db, AbsenceFollowUp followUp, Thresholds thresholds, Guid provider, DateOnly today, Session session, List<Placement> expected,
        CancellationToken cancellationToken)
    {
        await db.Database.InTransactionAsync(() => RecordMissingAsync(db, followUp, thresholds, provider, today, session, expected, cancellationToken), cancellationToken);
    }

    private async Task RecordMissingAsync(
        AttendanceDbContext db, AbsenceFollowUp followUp, Thresholds thresholds, Guid provider, DateOnly today, Session session, List<Placement> expected,
        CancellationToken cancellationToken)
    {
        var ids = expected.Select(p => p.PlacementId).ToList();
        var marked = (await db.Marks.Where(m => ids.Contains(m.PlacementId) && m.Date == today && m.Session == session).Select(m => m.PlacementId).ToListAsync(cancellationToken)).ToHashSet();
        var missing = expected.Where(p => !marked.Contains(p.PlacementId)).ToList();
        var now = clock.GetUtcNow();
        foreach (var placement in missing)
        {
            var mark = SessionMark.For(placement, today, session, now);
            mark.Record(MarkStatus.Missing, null, null, "register cut-off", placement.AttendedCode, now);
            db.Marks.Add(mark);
            followUp.Open(mark, placement);
        }

        db.RegisterChecks.Add(new RegisterCheck { ProviderId = provider, Date = today, Session = session, Missing = missing.Count, CheckedAt = now });
        if (missing.Count > 0)
        {
            db.AddIntegrationEvent(new RegisterNotSubmitted(provider, today, session.ToString(), missing.Count, missing.Select(p => p.SchoolId).Distinct().ToList(), now));
            logger.LogInformation("Provider {Provider}'s {Session} register for {Date}: {Missing} sessions missing at the cut-off", provider, session, today, missing.Count);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (missing.Count > 0)
        {
            await thresholds.EvaluateAsync(missing.Select(p => p.PlacementId).ToList(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
