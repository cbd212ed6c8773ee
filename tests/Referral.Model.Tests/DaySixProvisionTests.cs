using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Suspensions;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>EIA 2006 s100: what meets the day-six duty is a placement started by day six and running then, in memory.</summary>
public sealed class DaySixProvisionTests
{
    private static readonly DateOnly DaySix = new(2027, 1, 18);

    [Theory]
    [InlineData("planned", 0, null, false)] // arranged but not started
    [InlineData("active", -3, null, true)]
    [InlineData("active", 0, null, true)] // starts on day six itself
    [InlineData("active", 1, null, false)] // a day late
    [InlineData("ending", -10, null, true)]
    [InlineData("ended", -10, 0, true)] // its last day is day six
    [InlineData("ended", -10, 5, true)]
    [InlineData("ended", -10, -1, false)] // ended the day before
    [InlineData("cancelled", -3, null, false)]
    public void APlacementStartedByDaySixAndRunningThenMeetsTheDuty(string stage, int startsAfterDaySix, int? endedAfterDaySix, bool covers)
    {
        var placement = Placement(stage, DaySix.AddDays(startsAfterDaySix), endedAfterDaySix is { } ended ? DaySix.AddDays(ended) : null);

        Assert.Equal(covers, DaySixProvision.Covers(placement.PupilId, DaySix).Compile()(placement));
    }

    [Fact]
    public void AnotherPupilsPlacementDoesNotMeetIt()
    {
        var placement = Placement("active", DaySix, null);

        Assert.False(DaySixProvision.Covers(Guid.NewGuid(), DaySix).Compile()(placement));
    }

    private static Placement Placement(string stage, DateOnly start, DateOnly? endedOn)
    {
        var placement = Running(Mornings(5));
        placement.StartDate = start;
        var planned = Planned(start).Placement;
        switch (stage)
        {
            case "planned": return planned;
            case "cancelled": planned.Cancel(School, "Withdrawn", Now); return planned;
            case "ending": placement.BeginEnding(new ReintegrationPlan(start, [], "Mentor", null, Now), School, Now); break;
            case "ended": placement.End(PlacementEndReason.Completed, endedOn!.Value, null, Destination.AnotherSchool, null, School, Now); break;
        }

        return placement;
    }
}
