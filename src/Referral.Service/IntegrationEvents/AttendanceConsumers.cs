using APPlatform.Contracts.Attendance;
using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model.Attendance;
using MassTransit;

namespace APPlatform.Referrals.IntegrationEvents;

/// <summary>
/// Keeps each school's weekly attendance at AP from Attendance.Service's Friday figures, so the trust report counts
/// attendance without calling it, and still answers when it is down.
/// </summary>
public sealed class AttendanceConsumers(ReferralDbContext db) : IConsumer<WeeklyAttendanceFigures>
{
    /// <summary>A week's figures sent again (a late correction) replace the older ones; an older message never wins.</summary>
    public async Task Consume(ConsumeContext<WeeklyAttendanceFigures> context)
    {
        var figures = context.Message;
        var week = await db.SchoolWeeks.FindAsync([figures.SchoolId, figures.WeekStarting], context.CancellationToken);
        if (week is null)
        {
            week = new SchoolWeekAttendance { SchoolId = figures.SchoolId, WeekStarting = figures.WeekStarting };
            db.SchoolWeeks.Add(week);
        }
        else if (week.UpdatedAt > figures.OccurredAt)
        {
            return;
        }

        week.SessionsPossible = figures.SessionsPossible;
        week.Attended = figures.Attended;
        week.AuthorisedAbsence = figures.AuthorisedAbsence;
        week.UnauthorisedAbsence = figures.UnauthorisedAbsence;
        week.Unexplained = figures.Unexplained;
        week.UpdatedAt = figures.OccurredAt;
    }
}
