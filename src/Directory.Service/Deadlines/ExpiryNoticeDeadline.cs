using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Scheduling;
using APPlatform.ServiceDefaults.Time;

namespace APPlatform.ProviderDirectory.Deadlines;

/// <summary>Plans an <see cref="ExpiryNotice"/> as a deadline: at 08:00 in England on its day (at once if that has passed), or none.</summary>
public static class ExpiryNoticeDeadline
{
    public static Task PlanAsync<TPayload>(
        this DirectoryDbContext db, string kind, string subject, DateOnly? noticeOn, TPayload payload, CancellationToken cancellationToken) =>
        noticeOn is { } day
            ? db.ScheduleDeadlineAsync(kind, subject, EnglandClock.InEngland(day, ExpiryNotice.At), payload, cancellationToken)
            : db.CancelDeadlineAsync(kind, subject, cancellationToken);
}
