using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>EIA 2006 s100: full-time education from the sixth school day of a suspension of more than five, in memory.</summary>
public sealed class DaySixTests
{
    private static readonly SchoolDays England = new(null);

    [Theory]
    [InlineData(1, null)]
    [InlineData(5, null)]
    [InlineData(7, "2027-01-18")]
    [InlineData(45, "2027-01-18")]
    public void OnlyASuspensionOfMoreThanFiveSchoolDaysHasADaySix(int schoolDays, string? daySix) =>
        Assert.Equal(daySix is null ? null : DateOnly.Parse(daySix), DaySix.Of(new DateOnly(2027, 1, 11), schoolDays, England));

    [Fact]
    public void DaySixIsTheSixthSchoolDayCountingTheFirstAsDayOneAndSkippingTheWeekend() =>
        Assert.Equal(new DateOnly(2027, 1, 18), DaySix.Of(new DateOnly(2027, 1, 11), 6, England));

    [Fact]
    public void HalfTermIsNotCounted() =>
        Assert.Equal(new DateOnly(2027, 2, 24), DaySix.Of(new DateOnly(2027, 2, 10), 10, England));

    [Fact]
    public void ALongSuspensionIsRefusedWhenTheSchoolsCalendarCannotGiveADaySix()
    {
        var sparse = new SchoolCalendar();
        sparse.Set([new Term("Short", new(2027, 1, 11), new(2027, 1, 12)), new Term("Later", new(2028, 6, 1), new(2028, 6, 2))], []);

        var refused = Assert.Throws<RuleViolationException>(() => DaySix.Of(new DateOnly(2027, 1, 11), 6, new SchoolDays(sparse)));

        Assert.Equal("The school's calendar has fewer than six school days in the year from 2027-01-11: correct its terms first.", refused.Message);
    }
}
