using APPlatform.Attendance.Model.Rules;
using static APPlatform.Attendance.Model.Tests.Placements;

namespace APPlatform.Attendance.Model.Tests;

public sealed class BelowTargetThresholdTests
{
    private static AttendanceSummary Summary(int present, int absent) =>
        AttendanceSummary.Of([.. Enumerable.Repeat(Mark(default, MarkStatus.Present, "B"), present), .. Enumerable.Repeat(Mark(default, MarkStatus.Absent, "O"), absent)]);

    [Fact]
    public void AttendanceBelowTheSchoolsTargetIsCrossed() => Assert.True(new BelowTargetThreshold(90).IsCrossedBy(Summary(8, 2)));

    [Fact]
    public void AttendanceAtTheTargetIsNotCrossed() => Assert.False(new BelowTargetThreshold(90).IsCrossedBy(Summary(9, 1)));

    [Fact]
    public void FewerThanTenSessionsSayTooLittleToActOn() => Assert.False(new BelowTargetThreshold(90).IsCrossedBy(Summary(0, 9)));

    [Theory]
    [InlineData(95, 9, 1, true)]
    [InlineData(95, 19, 1, false)]
    [InlineData(50, 5, 5, false)]
    [InlineData(50, 4, 6, true)]
    [InlineData(100, 19, 1, true)]
    [InlineData(90, 0, 10, true)]
    public void TheSchoolsOwnTargetDecidesOnceTenSessionsHaveRun(decimal target, int present, int absent, bool crossed) =>
        Assert.Equal(crossed, new BelowTargetThreshold(target).IsCrossedBy(Summary(present, absent)));
}

public sealed class ConsecutiveAbsenceThresholdTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void UnauthorisedAndMissingSessionsCountBackFromTheLatestDay()
    {
        List<MarkFacts> marks =
        [
            Mark(Day, MarkStatus.Present, "B"),
            Mark(Day.AddDays(1), MarkStatus.Absent), Mark(Day.AddDays(1), MarkStatus.Missing),
            Mark(Day.AddDays(2), MarkStatus.Absent, "O"),
            Mark(Day.AddDays(3), MarkStatus.Missing),
        ];

        Assert.Equal(3, ConsecutiveAbsenceThreshold.DaysOf(marks));
    }

    [Fact]
    public void AnAuthorisedAbsenceOrAnAttendedSessionEndsTheRun()
    {
        Assert.Equal(1, ConsecutiveAbsenceThreshold.DaysOf([Mark(Day, MarkStatus.Absent, "I"), Mark(Day.AddDays(1), MarkStatus.Absent)]));
        Assert.Equal(0, ConsecutiveAbsenceThreshold.DaysOf([Mark(Day, MarkStatus.Absent), Mark(Day, MarkStatus.Late, "B")]));
    }

    [Theory]
    [InlineData(MarkStatus.Present, "B", 0)]
    [InlineData(MarkStatus.Late, "B", 0)]
    [InlineData(MarkStatus.Absent, "I", 0)]
    [InlineData(MarkStatus.Absent, "G", 2)]
    [InlineData(MarkStatus.Absent, "N", 2)]
    [InlineData(MarkStatus.Missing, "N", 2)]
    public void OneAttendedOrAuthorisedSessionBreaksTheDaysRun(MarkStatus afternoon, string code, int days) =>
        Assert.Equal(days, ConsecutiveAbsenceThreshold.DaysOf([
            Mark(Day, MarkStatus.Absent, "O"), Mark(Day.AddDays(1), MarkStatus.Absent), Mark(Day.AddDays(1), afternoon, code),
        ]));

    [Fact]
    public void TheRunIsReadFromTheLatestWeekWithASessionNotMissed()
    {
        var monday = new DateOnly(2026, 11, 9);
        List<MarkFacts> marks =
        [
            Mark(Day, MarkStatus.Present, "B"), Mark(Day.AddDays(1), MarkStatus.Absent, "I"),
            Mark(monday, MarkStatus.Absent), Mark(monday.AddDays(1), MarkStatus.Late, "B"), Mark(monday.AddDays(2), MarkStatus.Absent, "O"),
            Mark(monday.AddDays(7), MarkStatus.Missing), Mark(monday.AddDays(8), MarkStatus.Absent, "G"),
        ];

        var from = ConsecutiveAbsenceThreshold.MarksNeededFrom(MarkCount.Of(marks));

        Assert.Equal(monday, from);
        Assert.Equal(ConsecutiveAbsenceThreshold.DaysOf(marks), ConsecutiveAbsenceThreshold.DaysOf(marks.Where(m => m.Date >= from)));
        Assert.Equal(3, ConsecutiveAbsenceThreshold.DaysOf(marks.Where(m => m.Date >= from)));
    }

    [Fact]
    public void APlacementNeverAttendingNeedsEveryMark() =>
        Assert.Equal(DateOnly.MinValue, ConsecutiveAbsenceThreshold.MarksNeededFrom(MarkCount.Of([Mark(Day, MarkStatus.Absent), Mark(Day.AddDays(7), MarkStatus.Missing)])));

    [Fact]
    public void TenSchoolDaysTellTheLocalAuthority()
    {
        var rule = new ConsecutiveAbsenceThreshold(10);

        Assert.False(rule.IsCrossedBy(9));
        Assert.True(rule.IsCrossedBy(10));
    }
}

public sealed class IllnessAbsenceThresholdTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);

    [Fact]
    public void EachDayWithAnIllnessCodeCountsOnce()
    {
        List<MarkFacts> marks =
        [
            Mark(Day, MarkStatus.Absent, "I"), Mark(Day, MarkStatus.Absent, "I"),
            Mark(Day.AddDays(1), MarkStatus.Absent, "M"), Mark(Day.AddDays(2), MarkStatus.Absent, "I"), Mark(Day.AddDays(3), MarkStatus.Absent),
        ];

        Assert.Equal(2, IllnessAbsenceThreshold.DaysOf(marks));
    }

    [Fact]
    public void FifteenDaysOfIllnessTellTheLocalAuthority()
    {
        var rule = new IllnessAbsenceThreshold(15);

        Assert.False(rule.IsCrossedBy(14));
        Assert.True(rule.IsCrossedBy(15));
    }
}

public sealed class PenaltyNoticeThresholdTests
{
    private static readonly PenaltyNoticeThreshold TenInTenWeeks = new(10, 10);
    private static readonly DateOnly FirstMonday = new(2026, 9, 7);

    /// <summary>A present morning on the Monday of each week given, and <paramref name="absent"/> O sessions in some.</summary>
    private static List<MarkFacts> Weeks(IEnumerable<int> weeks, Dictionary<int, int> absent) =>
    [
        .. weeks.SelectMany(week => Enumerable.Range(1, absent.GetValueOrDefault(week)).Select(day => Mark(FirstMonday.AddDays(7 * week + day % 5), MarkStatus.Absent, "O"))
            .Append(Mark(FirstMonday.AddDays(7 * week), MarkStatus.Present, "B"))),
    ];

    [Fact]
    public void UnexplainedAndUnauthorisedSessionsCountButAuthorisedAndUncountedOnesDoNot()
    {
        List<MarkFacts> marks =
        [
            Mark(FirstMonday, MarkStatus.Absent), Mark(FirstMonday, MarkStatus.Missing), Mark(FirstMonday.AddDays(1), MarkStatus.Absent, "G"),
            Mark(FirstMonday.AddDays(1), MarkStatus.Absent, "U"), Mark(FirstMonday.AddDays(2), MarkStatus.Absent, "I"), Mark(FirstMonday.AddDays(2), MarkStatus.Absent, "Q"),
            Mark(FirstMonday.AddDays(3), MarkStatus.Late, "B"),
        ];

        Assert.Equal(4, TenInTenWeeks.SessionsOf([.. MarkCount.Of(marks)]));
    }

    [Fact]
    public void OnlyTheLatestTenSchoolWeeksCount() =>
        Assert.Equal(6, TenInTenWeeks.SessionsOf([.. MarkCount.Of(Weeks(Enumerable.Range(0, 11), new() { [0] = 4, [10] = 6 }))]));

    [Fact]
    public void WeeksWithNoMarksAreHolidaysAndDoNotShortenTheWindow() =>
        Assert.Equal(10, TenInTenWeeks.SessionsOf([.. MarkCount.Of(Weeks([.. Enumerable.Range(0, 5), .. Enumerable.Range(7, 5)], new() { [0] = 4, [11] = 6 }))]));

    [Fact]
    public void TenSessionsTellTheLocalAuthority()
    {
        Assert.False(TenInTenWeeks.IsCrossedBy(9));
        Assert.True(TenInTenWeeks.IsCrossedBy(10));
    }
}

public sealed class ThresholdAnnouncementTests
{
    [Fact]
    public void ACrossingIsAnnouncedOnce()
    {
        Assert.Equal(FlagChange.Raise, ThresholdAnnouncement.Decide(crossed: true, alreadyRaised: false));
        Assert.Equal(FlagChange.None, ThresholdAnnouncement.Decide(crossed: true, alreadyRaised: true));
    }

    [Fact]
    public void ARecoveryReArmsTheThreshold()
    {
        Assert.Equal(FlagChange.Clear, ThresholdAnnouncement.Decide(crossed: false, alreadyRaised: true));
        Assert.Equal(FlagChange.None, ThresholdAnnouncement.Decide(crossed: false, alreadyRaised: false));
    }
}
