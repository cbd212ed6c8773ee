namespace APPlatform.Referrals.Model.Tests;

/// <summary>England's year groups by date of birth, and a pupil taught a year out of theirs, in memory.</summary>
public sealed class YearGroupsTests
{
    private static readonly DateOnly SpringTerm = new(2027, 1, 15);

    [Theory]
    [InlineData("2016-08-31", "2027-01-15", 6)] // the youngest of year 6
    [InlineData("2016-09-01", "2027-01-15", 5)] // the oldest of year 5
    [InlineData("2021-09-01", "2027-01-15", 0)] // reception: turns five this school year
    [InlineData("2011-05-01", "2026-08-31", 10)] // the school year ends on 31 August
    [InlineData("2011-05-01", "2026-09-01", 11)] // and the next begins on 1 September
    public void TheYearGroupFollowsTheSchoolYearInWhichTheChildTurnsFive(string dateOfBirth, string today, int year) =>
        Assert.Equal(year, YearGroups.Chronological(DateOnly.Parse(dateOfBirth), DateOnly.Parse(today)));

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void APupilMayBeTaughtAYearEitherSideOfTheirYearGroupAndNoMore(int yearGroup, bool fits) =>
        Assert.Equal(fits, YearGroups.Problem(new DateOnly(2011, 5, 1), yearGroup, SpringTerm) is null); // year 11 in 2026/27

    [Theory]
    [InlineData("2027-01-16", 0, "is in the future")]
    [InlineData("2024-01-15", 0, "is not of school age")] // two years before reception
    [InlineData("2023-01-15", 0, null)] // a year before reception, taught in it
    [InlineData("2007-01-15", 14, null)] // a year beyond the last, taught in it
    [InlineData("2006-01-15", 14, "is not of school age")]
    public void ABirthdayInTheFutureOrOutsideSchoolAgeIsRefused(string dateOfBirth, int yearGroup, string? problem)
    {
        var found = YearGroups.Problem(DateOnly.Parse(dateOfBirth), yearGroup, SpringTerm);

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }
}
