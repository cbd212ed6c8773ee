namespace APPlatform.ServiceDefaults.Time;

/// <summary>Schools, registers and deadlines run on dates in England, not UTC: a mark at 00:30 BST belongs to that day.</summary>
public static class EnglandClock
{
    private static readonly TimeZoneInfo england = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateOnly TodayInEngland(this TimeProvider clock) => DateOnly.FromDateTime(NowInEngland(clock).DateTime);

    public static DateTimeOffset NowInEngland(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), england);

    /// <summary>The instant (in UTC, as PostgreSQL stores it) a local English date and time happens, e.g. "10:00 on the day".</summary>
    public static DateTimeOffset InEngland(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return new DateTimeOffset(local, england.GetUtcOffset(local)).ToUniversalTime();
    }
}
