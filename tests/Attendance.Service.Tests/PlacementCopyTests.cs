using APPlatform.Attendance.Model;
using APPlatform.Contracts.Placements;
using APPlatform.TestSupport;
using MassTransit;

namespace APPlatform.Attendance.Tests;

/// <summary>The service's own copy of placements, from Referral.Service's events over RabbitMQ.</summary>
public sealed class PlacementCopyTests(AttendanceService service) : IClassFixture<AttendanceService>
{
    private static readonly DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task APlacementIsCopiedWhenItStartsFollowsItsChangesAndStaysEnded()
    {
        var details = Details();
        var t0 = DateTimeOffset.UtcNow.AddMinutes(-5);

        await service.Bus.PublishAsync(new PlacementStarted(details, t0));
        var copied = await WaitForAsync(details.PlacementId, p => p.Timetable.Count == 2);
        await service.Bus.PublishAsync(new PlacementChanged(details with { Timetable = [.. details.Timetable, Session(DayOfWeek.Wednesday)], HoursPerWeek = 9 }, t0.AddMinutes(1)));
        var changed = await WaitForAsync(details.PlacementId, p => p.Timetable.Count == 3);
        await service.Bus.PublishAsync(new PlacementEnded(details.PlacementId, details.PupilId, details.SchoolId, details.LocalAuthorityId, details.ProviderId, today, "completed", t0.AddMinutes(2)));
        await WaitForAsync(details.PlacementId, p => p.HasEnded);
        var changedAfterTheEnd = NewId.NextGuid();
        var startedAfterTheEnd = NewId.NextGuid();
        await service.Bus.PublishAsync(new PlacementChanged(details with { HoursPerWeek = 30 }, t0.AddMinutes(3)), changedAfterTheEnd);
        await service.Bus.PublishAsync(new PlacementStarted(details, t0.AddMinutes(4)), startedAfterTheEnd);
        await service.WaitForDeliveriesAsync(changedAfterTheEnd);
        await service.WaitForDeliveriesAsync(startedAfterTheEnd);

        var final = await service.WithDbAsync(db => db.Placements.FindAsync(details.PlacementId).AsTask());
        Assert.Equal(details.ProviderId, copied.ProviderId);
        Assert.Equal("approved_activity", copied.RegistrationMode);
        Assert.Equal(9m, changed.HoursPerWeek);
        Assert.True(final!.HasEnded);
        Assert.Equal(today, final.EndDate);
        Assert.Equal(9m, final.HoursPerWeek);
    }

    private static PlacementDetails Details() => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "school", Guid.NewGuid(), Guid.NewGuid(), null, "approved_activity",
        today.AddDays(-7), today.AddMonths(3), [Session(DayOfWeek.Monday), Session(DayOfWeek.Tuesday)], 6, false, false, false);

    private static TimetabledSession Session(DayOfWeek day) => new(day, "AM", new TimeOnly(9, 0), new TimeOnly(12, 0));

    private Task<Placement> WaitForAsync(Guid id, Func<Placement, bool> done) =>
        Eventually.Until(async () => await service.WithDbAsync(db => db.Placements.FindAsync(id).AsTask()) ?? new Placement(), done,
            because: "the placement event should arrive");
}
