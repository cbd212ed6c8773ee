using APPlatform.Attendance.Model.Rules;
using static APPlatform.Attendance.Model.Tests.Placements;

namespace APPlatform.Attendance.Model.Tests;

/// <summary>A return is recorded whole or not at all: each refused mark is named by its field, with why.</summary>
public sealed class ReturnedMarksTests
{
    private static readonly DateOnly Monday = new(2026, 9, 7);

    [Fact]
    public void EachPlacementsMorningAndAfternoonMayBeMarkedInOneReturn()
    {
        var (first, second) = (Running(Monday), Running(Monday));

        Assert.Empty(ReturnedMarks.Problems(Monday, [(first, Session.AM), (first, Session.PM), (second, Session.AM), (second, Session.PM)]));
    }

    [Fact]
    public void TheSecondMarkOfTheSameSessionIsRefusedAndTheFirstIsNot()
    {
        var placement = Running(Monday);

        var problems = ReturnedMarks.Problems(Monday, [(placement, Session.AM), (placement, Session.AM)]);

        Assert.Equal(["marks[1]"], problems.Keys);
        Assert.Equal("The same session is marked twice in this return.", Assert.Single(problems["marks[1]"]));
    }

    [Theory]
    [InlineData(-7, "AM", "The placement starts on 2026-09-07.")]
    [InlineData(1, "PM", "The pupil is not timetabled at the provider on Tuesday PM.")]
    [InlineData(14, "AM", "The placement is planned to end on 2026-09-14.")]
    public void AMarkForASessionThePlacementDoesNotExpectIsNamedByItsPlace(int days, string session, string why)
    {
        var (fine, refused) = (Running(Monday.AddDays(-7)), Running(Monday, end: Monday.AddDays(7)));

        var problems = ReturnedMarks.Problems(Monday.AddDays(days), [(fine, Session.AM), (refused, Enum.Parse<Session>(session))]);

        Assert.Equal(why, Assert.Single(Assert.Single(problems, p => p.Key == "marks[1]").Value));
        Assert.DoesNotContain("marks[0]", problems.Keys);
    }
}
