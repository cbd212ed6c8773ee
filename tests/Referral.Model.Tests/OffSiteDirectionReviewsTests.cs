using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>SI 2010/1156 reg 4: an off-site direction's reviews, at the governing board's interval and on the parents' request, in memory.</summary>
public sealed class OffSiteDirectionReviewsTests
{
    private static readonly DateOnly Request = new(2027, 3, 15);

    private static readonly DateTimeOffset RecordedOnTheDay = new(2027, 3, 15, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheNextReviewIsDueTheBoardsIntervalAfterTheStartOrLastReviewAndHalfTermlyWhenItSetNone()
    {
        Assert.Equal(new DateOnly(2027, 2, 1), OffSiteDirectionReviews.NextDue(new DateOnly(2027, 1, 4), 4));
        Assert.Equal(new DateOnly(2027, 2, 15), OffSiteDirectionReviews.NextDue(new DateOnly(2027, 1, 4), null));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(71, true)]
    [InlineData(70, true)]
    [InlineData(69, false)]
    [InlineData(0, false)]
    public void TheParentsRequestIsRefusedOnlyWhenAReviewWasHeldInTheTenWeeksBefore(int? daysBefore, bool accepted)
    {
        DateOnly? lastHeld = daysBefore is { } days ? Request.AddDays(-days) : null;

        var refusal = Record.Exception(() => OffSiteDirectionReviews.CheckRequest(Request, lastHeld, RecordedOnTheDay));

        if (accepted)
        {
            Assert.Null(refusal);
        }
        else
        {
            var message = Assert.IsType<RuleViolationException>(refusal).Message;
            Assert.Contains($"A review was held on {lastHeld:yyyy-MM-dd}", message);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    public void AParentsRequestDatedAfterTheDayItIsRecordedIsRefused(int daysAhead, bool accepted)
    {
        var refusal = Record.Exception(() => OffSiteDirectionReviews.CheckRequest(Request.AddDays(daysAhead), null, RecordedOnTheDay));

        if (accepted)
        {
            Assert.Null(refusal);
        }
        else
        {
            Assert.Contains("after today", Assert.IsType<RuleViolationException>(refusal).Message);
        }
    }
}
