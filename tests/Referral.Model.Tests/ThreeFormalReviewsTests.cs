using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §12: no improvement after three formal reviews, and the school may end the placement, in memory.</summary>
public sealed class ThreeFormalReviewsTests
{
    private static readonly DateOnly Day = new(2027, 2, 1);

    [Fact]
    public void TheThirdFormalReviewInARowWithoutImprovementMakesEndingAvailableAndOnlyThatOneAnnouncesIt()
    {
        var placement = Running(Mornings(3));

        var announced = new[] { Formal(Day, false), Formal(Day.AddDays(14), false), Formal(Day.AddDays(28), false), Formal(Day.AddDays(42), false) }
            .Select(placement.RecordReview).ToList();

        Assert.Equal([false, false, true, false], announced);
        Assert.True(placement.MayEndForLackOfProgress);
        Assert.Equal(4, placement.FormalReviewsWithoutImprovement);
    }

    [Fact]
    public void AReviewThatFindsImprovementStartsTheCountAgain()
    {
        Assert.Equal(1, ThreeFormalReviews.WithoutImprovement([Formal(Day, false), Formal(Day.AddDays(14), false), Formal(Day.AddDays(28), true), Formal(Day.AddDays(42), false)]));
        Assert.False(ThreeFormalReviews.AllowEnding([Formal(Day, false), Formal(Day.AddDays(14), true), Formal(Day.AddDays(28), false), Formal(Day.AddDays(42), false)]));
    }

    [Fact]
    public void ReviewsCountInTheOrderTheyWereHeldNotRecorded() =>
        Assert.Equal(0, ThreeFormalReviews.WithoutImprovement([Formal(Day.AddDays(28), true), Formal(Day, false), Formal(Day.AddDays(14), false)]));

    [Fact]
    public void OtherReviewsDoNotCount() =>
        Assert.Equal(0, ThreeFormalReviews.WithoutImprovement([Formal(Day, false) with { Kind = ReviewKind.Agreement }]));

    [Fact]
    public void EndingForLackOfProgressIsRefusedBeforeTheThirdAndAllowedAfter()
    {
        var placement = Running(Mornings(3));
        placement.RecordReview(Formal(Day, false));
        placement.RecordReview(Formal(Day.AddDays(14), false));

        var refused = Assert.Throws<StateConflictException>(() => End(placement));
        Assert.Equal("Ending for lack of progress needs 3 formal reviews without improvement; there have been 2.", refused.Message);

        placement.RecordReview(Formal(Day.AddDays(28), false));
        End(placement);
        Assert.Equal(PlacementStatus.Ended, placement.Status);
    }

    private static void End(Placement placement) =>
        placement.End(PlacementEndReason.ThreeFailedReviews, Day.AddDays(30), null, Destination.SpecialistPlacement, null, School, Now);
}
