using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class RegisterCutoffsTests
{
    private static readonly RegisterCutoffs TenAndTwo = new(new TimeOnly(10, 0), new TimeOnly(14, 0));

    [Theory]
    [InlineData(Session.AM, "09:59", false)]
    [InlineData(Session.AM, "10:00", true)]
    [InlineData(Session.AM, "13:59", true)]
    [InlineData(Session.PM, "09:00", false)]
    [InlineData(Session.PM, "10:00", false)]
    [InlineData(Session.PM, "13:59", false)]
    [InlineData(Session.PM, "14:00", true)]
    [InlineData(Session.PM, "16:30", true)]
    public void AnUnmarkedSessionIsMissingFromItsOwnSessionsCutoff(Session session, string now, bool passed) =>
        Assert.Equal(passed, TenAndTwo.HasPassed(session, TimeOnly.Parse(now)));

    [Theory]
    [InlineData(Session.AM, "09:15", true)]
    [InlineData(Session.AM, "09:14", false)]
    [InlineData(Session.PM, "14:00", false)]
    [InlineData(Session.PM, "15:30", true)]
    public void AProvidersOwnCutoffsReplaceTheDefaultOnes(Session session, string now, bool passed) =>
        Assert.Equal(passed, new RegisterCutoffs(new TimeOnly(9, 15), new TimeOnly(15, 30)).HasPassed(session, TimeOnly.Parse(now)));

    [Theory]
    [InlineData("10:00", "14:00", true)]
    [InlineData("12:00", "12:00", false)]
    [InlineData("14:00", "10:00", false)]
    public void TheAfternoonCutoffComesAfterTheMorningsOne(string morning, string afternoon, bool accepted) =>
        Assert.Equal(accepted ? null : "The afternoon cut-off comes after the morning's.",
            new RegisterCutoffs(TimeOnly.Parse(morning), TimeOnly.Parse(afternoon)).Check());
}
