using APPlatform.Attendance.Model.Rules;

namespace APPlatform.Attendance.Model.Tests;

public sealed class RegisterCutoffsTests
{
    private static readonly RegisterCutoffs TenAndTwo = new(new TimeOnly(10, 0), new TimeOnly(14, 0));

    [Fact]
    public void TheMorningRegisterIsDueAtTheMorningCutoff()
    {
        Assert.False(TenAndTwo.HasPassed(Session.AM, new TimeOnly(9, 59)));
        Assert.True(TenAndTwo.HasPassed(Session.AM, new TimeOnly(10, 0)));
    }

    [Fact]
    public void TheAfternoonRegisterIsDueAtTheAfternoonCutoff()
    {
        Assert.False(TenAndTwo.HasPassed(Session.PM, new TimeOnly(13, 59)));
        Assert.True(TenAndTwo.HasPassed(Session.PM, new TimeOnly(14, 0)));
    }

    [Fact]
    public void TheAfternoonCutoffComesAfterTheMorningsOne()
    {
        Assert.Null(TenAndTwo.Check());
        Assert.Equal("The afternoon cut-off comes after the morning's.", new RegisterCutoffs(new TimeOnly(12, 0), new TimeOnly(12, 0)).Check());
    }
}
