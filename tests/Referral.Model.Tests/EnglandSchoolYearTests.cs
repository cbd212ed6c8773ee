using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Policies;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>England's typical school year, computed for the years ahead, in memory.</summary>
public sealed class EnglandSchoolYearTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")] // the latest Easter can be
    [InlineData(2285, "2285-03-22")] // the earliest
    public void EasterSundayIsComputed(int year, string easter) =>
        Assert.Equal(DateOnly.Parse(easter), EnglandSchoolYear.EasterSunday(year));

    [Fact]
    public void The2026To27YearFollowsThePublishedPattern()
    {
        var terms = EnglandSchoolYear.Terms(2026);

        Assert.Equal(new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18), new(2026, 10, 26), new(2026, 10, 30)), terms[0]);
        Assert.Equal(new Term("Spring 2027", new(2027, 1, 4), new(2027, 3, 19), new(2027, 2, 15), new(2027, 2, 19)), terms[1]);
        Assert.Equal(new Term("Summer 2027", new(2027, 4, 5), new(2027, 7, 21), new(2027, 5, 31), new(2027, 6, 4)), terms[2]);
        Assert.Equal([new DateOnly(2027, 5, 3)], EnglandSchoolYear.Closures(2026));
    }

    [Theory]
    [InlineData("2027-12-17", true)] // the autumn term's last day: the old default calendar's last day
    [InlineData("2027-12-20", false)] // Christmas holidays
    [InlineData("2028-01-04", true)] // spring term
    [InlineData("2028-02-16", false)] // February half-term
    [InlineData("2028-04-14", false)] // Good Friday
    [InlineData("2028-04-17", false)] // Easter Monday
    [InlineData("2028-04-24", true)] // summer term
    [InlineData("2028-05-01", false)] // early May bank holiday
    [InlineData("2028-05-31", false)] // May half-term
    [InlineData("2028-08-15", false)] // summer holidays
    [InlineData("2035-10-03", true)]
    public void DaysAfterTheOldCalendarRanOutAreCountedAsSchoolDaysOrNot(string day, bool schoolDay) =>
        Assert.Equal(schoolDay, EnglandSchoolYear.IsSchoolDay(DateOnly.Parse(day)));

    /// <summary>Never zero days: every year has a full year's school days, and no week of term goes uncounted.</summary>
    [Fact]
    public void EveryYearAheadHasAboutAYearsSchoolDaysInThreeTermsInOrder()
    {
        for (var year = 2026; year <= 2126; year++)
        {
            var terms = EnglandSchoolYear.Terms(year);
            var schoolDays = Days(new(year, 9, 1), new(year + 1, 8, 31)).Count(EnglandSchoolYear.IsSchoolDay);

            Assert.InRange(schoolDays, 185, 200);
            Assert.All(terms, term => Assert.InRange(Days(term.Starts, term.Ends).Count(EnglandSchoolYear.IsSchoolDay), 45, 80));
            Assert.True(terms[0].Ends < terms[1].Starts && terms[1].Ends < terms[2].Starts, $"{year}: terms overlap");
            Assert.True(EnglandSchoolYear.Terms(year - 1)[2].Ends < terms[0].Starts, $"{year}: the summer runs into the autumn");
        }
    }

    /// <summary>A long suspension always has its day six, at most a summer holiday later, whenever it starts.</summary>
    [Fact]
    public void DaySixIsAlwaysFoundWithinTheSummerHolidaysLengthForDecadesAhead()
    {
        var days = new SchoolDays(null);
        foreach (var first in Days(new(2026, 1, 1), new(2060, 12, 31)))
        {
            var daySix = days.NthSchoolDay(first, 6);

            Assert.NotNull(daySix);
            Assert.InRange(daySix.Value.DayNumber - first.DayNumber, 5, 60);
        }
    }

    [Fact]
    public void TheTermOfAHolidayIsTheNextTerm()
    {
        Assert.Equal("Spring 2028", EnglandSchoolYear.TermOf(new(2027, 12, 25)).Name);
        Assert.Equal("Autumn 2028", EnglandSchoolYear.TermOf(new(2028, 8, 1)).Name);
        Assert.Equal("Summer 2028", EnglandSchoolYear.TermOf(new(2028, 4, 14)).Name);
    }

    [Fact]
    public void ASchoolWithoutItsOwnCalendarIsShownThreeYearsOfIt()
    {
        var school = Guid.NewGuid();

        var shown = EnglandSchoolYear.Calendar(school, EnglandSchoolYear.SchoolYearOf(new(2027, 12, 20)), 3);

        Assert.Equal(school, shown.SchoolId);
        Assert.Equal(9, shown.Terms.Count);
        Assert.Equal(new DateOnly(2027, 9, 2), shown.CoversFrom);
        Assert.Equal(new DateOnly(2030, 7, 19), shown.CoversUntil);
    }

    /// <summary>The fixed list of terms that ran out in 2027 is gone; a setting for it stops the service rather than be ignored.</summary>
    [Fact]
    public void TheServiceRefusesToStartWithTheOldFixedCalendar()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"{ReferralOptions.RemovedDefaultCalendarSetting}:Terms:0:Name"] = "Autumn 2027" });

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddReferralServices());

        Assert.Contains("England's typical school year", refused.Message);
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
