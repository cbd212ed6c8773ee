namespace APPlatform.Web.Platform;

/// <summary>Times as people in England read them, whatever the server's own time zone.</summary>
public static class EnglandTime
{
    private static readonly TimeZoneInfo England = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset Of(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, England);

    /// <summary>"14:05".</summary>
    public static string Time(DateTimeOffset instant) => Of(instant).ToString("HH:mm");

    /// <summary>"3 Dec 14:05".</summary>
    public static string DayAndTime(DateTimeOffset instant) => Of(instant).ToString("d MMM HH:mm");

    /// <summary>"Thursday 3 December, 14:05".</summary>
    public static string Long(DateTimeOffset instant) => Of(instant).ToString("dddd d MMMM, HH:mm");
}
