using APPlatform.ServiceDefaults.Time;

namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// Each school's AP lead has the week's attendance figures every Friday at <paramref name="At"/> (in England), once the
/// day's registers are in: the week from its Monday, placement by placement in the weekly view.
/// </summary>
/// <remarks>Trust policy §10.6: the AP Lead has attendance updates weekly; Friday afternoon is platform policy (docs/attendance.md).</remarks>
public sealed record FridayFigures(TimeOnly At)
{
    /// <summary>The first Friday whose figures are still to come at <paramref name="nowInEngland"/>.</summary>
    public DateOnly NextFriday(DateTimeOffset nowInEngland)
    {
        var today = DateOnly.FromDateTime(nowInEngland.DateTime);
        var friday = SchoolWeek.MondayOf(today).AddDays(4);
        return friday < today || (friday == today && TimeOnly.FromDateTime(nowInEngland.DateTime) >= At) ? friday.AddDays(7) : friday;
    }

    public DateTimeOffset DueOn(DateOnly friday) => EnglandClock.InEngland(friday, At);
}
