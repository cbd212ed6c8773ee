using APPlatform.Referrals.Model.Policies;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>School days as a school's own calendar counts them, in memory.</summary>
public sealed class SchoolCalendarTests
{
    private static readonly SchoolCalendar calendar = new()
    {
        Terms = [new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18), new(2026, 10, 26), new(2026, 10, 30))],
        Closures = [new(2026, 11, 2)],
    };

    private static readonly SchoolDays days = new(calendar);

    [Theory]
    [InlineData("2026-09-02", true)]
    [InlineData("2026-09-05", false)] // Saturday
    [InlineData("2026-10-28", false)] // half-term
    [InlineData("2026-11-02", false)] // INSET closure
    [InlineData("2026-11-03", true)]
    [InlineData("2026-12-18", true)]
    public void SchoolDaysAreTermWeekdaysOutsideHalfTermAndClosures(string day, bool schoolDay) =>
        Assert.Equal(schoolDay, days.IsSchoolDay(DateOnly.Parse(day)));

    [Fact]
    public void SchoolDaysBetweenCountsNeitherEndAndSkipsTheBreak() =>
        Assert.Equal(1, days.SchoolDaysBetween(new(2026, 10, 22), new(2026, 11, 3))); // only Friday 23 Oct

    [Fact]
    public void DaySixOfASuspensionStartingBeforeHalfTermFallsAfterIt() =>
        Assert.Equal(new DateOnly(2026, 11, 5), days.NthSchoolDay(new(2026, 10, 21), 6)); // 21, 22, 23 Oct; 3, 4, 5 Nov (2 Nov closed)

    [Fact]
    public void TheTermOfADayInAHalfTermIsItsOwn() =>
        Assert.Equal("Autumn 2026", days.TermOf(new(2026, 10, 28)).Name);

    [Fact]
    public void ACalendarCoversFromItsFirstTermsStartToItsLastTermsEnd()
    {
        Assert.False(calendar.Covers(new(2026, 9, 1)));
        Assert.True(calendar.Covers(new(2026, 9, 2)));
        Assert.True(calendar.Covers(new(2026, 12, 18)));
        Assert.False(calendar.Covers(new(2026, 12, 19)));
    }

    [Fact]
    public void DaysItsOwnCalendarCoversLeaveNothingToTell()
    {
        var counted = new SchoolDays(calendar);

        counted.NthSchoolDay(new(2026, 10, 21), 6);
        counted.SchoolDaysBetween(new(2026, 9, 2), new(2026, 12, 18));

        Assert.Null(counted.FirstUncoveredDay);
    }

    [Fact]
    public void WhenItsOwnCalendarRunsOutDaySixIsCountedInEnglandsYearAndTheFirstUncoveredDayIsKept()
    {
        var counted = new SchoolDays(calendar);

        // 14 to 18 December in its own terms; the sixth is the first day of England's spring term, Monday 4 January 2027.
        Assert.Equal(new DateOnly(2027, 1, 4), counted.NthSchoolDay(new(2026, 12, 14), 6));
        Assert.Equal(new DateOnly(2026, 12, 19), counted.FirstUncoveredDay);
    }

    [Fact]
    public void ANoticeAcrossTheEndOfItsOwnCalendarCountsTheSchoolDaysOnBothSidesNotNone()
    {
        var counted = new SchoolDays(calendar);

        // 18 December (its own), then 4, 5 and 6 January 2027 (England's): four, where the old calendar counted one.
        Assert.Equal(4, counted.SchoolDaysBetween(new(2026, 12, 17), new(2027, 1, 7)));
        Assert.NotNull(counted.FirstUncoveredDay);
    }

    [Fact]
    public void TheTermAfterItsOwnCalendarEndsIsEnglandsNextTerm() =>
        Assert.Equal("Spring 2027", new SchoolDays(calendar).TermOf(new(2026, 12, 19)).Name);

    [Fact]
    public void SettingTermsThatCoverTheUncoveredDayClearsItAndTermsThatDoNotLeaveIt()
    {
        var own = new SchoolCalendar { Terms = calendar.Terms, UncoveredDayNeeded = new(2027, 1, 4) };

        own.Set([new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18))], []);
        Assert.Equal(new DateOnly(2027, 1, 4), own.UncoveredDayNeeded);

        own.Set([new Term("Spring 2027", new(2027, 1, 4), new(2027, 3, 19)), new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18))], [new(2027, 1, 4), new(2027, 1, 4)]);
        Assert.Null(own.UncoveredDayNeeded);
        Assert.Equal(["Autumn 2026", "Spring 2027"], own.Terms.Select(t => t.Name));
        Assert.Equal([new DateOnly(2027, 1, 4)], own.Closures);
    }

    [Fact]
    public void AnOffSiteDirectionsNoticeAfterTheOldDefaultCalendarEndedCountsItsSchoolDays() =>
        Assert.Equal(2, new SchoolDays(null).SchoolDaysBetween(new(2028, 1, 5), new(2028, 1, 10))); // Thursday 6 and Friday 7 January

    [Fact]
    public void ASchoolWithoutItsOwnCalendarHasNothingToRunOut()
    {
        var counted = new SchoolDays(null);

        Assert.Equal(new DateOnly(2028, 1, 17), counted.NthSchoolDay(new(2028, 1, 10), 6));
        Assert.Null(counted.FirstUncoveredDay);
    }
}
