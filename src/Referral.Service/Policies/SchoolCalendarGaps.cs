using APPlatform.Contracts.Referrals;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Policies;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.Referrals.Policies;

/// <summary>
/// What happens when a school's own calendar does not cover a day the platform needed. The calendar is marked with
/// that day, and the service's health check (SchoolCalendarHealthCheck) names the school for as long as the mark
/// stays. The school is told once (SchoolCalendarDoesNotCover, which Notification.Service sends to its AP lead).
/// This runs in a transaction of its own, so the mark stays even when the request that needed the day is refused or
/// fails. The mark clears when the school sets terms that cover the day (SchoolCalendar.Set).
/// </summary>
public sealed class SchoolCalendarGaps(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(SchoolCalendar calendar, DateOnly day, CancellationToken cancellationToken)
    {
        if (calendar.UncoveredDayNeeded is not null || calendar is not { CoversFrom: { } from, CoversUntil: { } until })
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only the first request to find the gap marks it, so the school is told once however many find it at once.
        var marked = await db.SchoolCalendars.Where(c => c.SchoolId == calendar.SchoolId && c.UncoveredDayNeeded == null)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.UncoveredDayNeeded, day), cancellationToken);
        if (marked == 1)
        {
            db.AddIntegrationEvent(new SchoolCalendarDoesNotCover(calendar.SchoolId, day, from, until, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
