namespace APPlatform.Attendance.Model;

/// <summary>
/// The week the AP lead's view and the register export cover: Monday to Sunday, so that any day asked for (today, or a
/// <c>weekStarting</c> that is not a Monday) gives the whole week it falls in.
/// </summary>
public static class SchoolWeek
{
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
