namespace APPlatform.Referrals.Model;

/// <summary>
/// England's year groups: a school year runs from 1 September to 31 August, and a child starts reception (year 0) in
/// the school year in which they turn five. A pupil may be taught a year out of their year group (common in AP and for
/// pupils with SEND), so the year a referral gives may differ by one, and no more.
/// </summary>
public static class YearGroups
{
    public const int Reception = 0;
    public const int Last = 14;
    private const int OutOfYearGroup = 1;

    /// <summary>The year group a pupil born on <paramref name="dateOfBirth"/> is in during the school year of <paramref name="today"/>.</summary>
    public static int Chronological(DateOnly dateOfBirth, DateOnly today)
    {
        var schoolYearStarts = today.Month >= 9 ? today.Year : today.Year - 1;
        // Those born from September on are in the cohort of the following summer's birthdays.
        var cohort = dateOfBirth.Month >= 9 ? dateOfBirth.Year + 1 : dateOfBirth.Year;
        return schoolYearStarts - cohort - 4;
    }

    /// <summary>What is wrong with this date of birth for a pupil in <paramref name="yearGroup"/>, or null.</summary>
    public static string? Problem(DateOnly dateOfBirth, int yearGroup, DateOnly today)
    {
        if (dateOfBirth > today)
        {
            return $"The date of birth {dateOfBirth:yyyy-MM-dd} is in the future.";
        }

        var year = Chronological(dateOfBirth, today);
        if (year is < Reception - OutOfYearGroup or > Last + OutOfYearGroup)
        {
            return $"A child born on {dateOfBirth:yyyy-MM-dd} is not of school age this school year.";
        }

        return Math.Abs(year - yearGroup) > OutOfYearGroup
            ? $"A pupil born on {dateOfBirth:yyyy-MM-dd} is in year {year} this school year (or a year either side, if taught out of their year group), not year {yearGroup}."
            : null;
    }
}
