namespace APPlatform.Attendance.Model.Rules;

/// <summary>
/// A provider posts marks for sessions that have happened, and may post or correct them for <paramref name="Days"/>
/// days; an older session is the school's to correct in its own register.
/// </summary>
/// <remarks>Platform policy (docs/attendance.md, Attendance:CorrectionWindowDays): SI 2024/208 reg. 10 lets only the school amend its register.</remarks>
public sealed record CorrectionWindow(int Days)
{
    /// <summary>Why a mark for <paramref name="date"/> cannot be posted <paramref name="today"/>, or null when it can.</summary>
    public string? Check(DateOnly date, DateOnly today)
    {
        if (date > today)
        {
            return $"{date:yyyy-MM-dd} is in the future: marks are for sessions that have happened.";
        }

        return date < today.AddDays(-Days)
            ? $"Marks may be posted or corrected for {Days} days; {date:yyyy-MM-dd} is too long ago. Ask the school to correct it."
            : null;
    }
}
