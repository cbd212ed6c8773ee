using APPlatform.Referrals.Model.Rules;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §7: the parents' agreement is reviewed at least termly, in memory.</summary>
public sealed class AgreementReviewCadenceTests
{
    private static readonly AgreementReviewCadence Termly = new(MaxWeeks: 14);

    [Fact]
    public void TheParentsMayAgreeAnyIntervalUpToATerm()
    {
        Assert.Equal(6, Termly.WeeksFor(6));
        Assert.Equal(14, Termly.WeeksFor(14));
    }

    [Fact]
    public void AnAgreementWithoutAnIntervalIsReviewedTermly() => Assert.Equal(14, Termly.WeeksFor(null));

    [Fact]
    public void AnIntervalLongerThanATermIsRefused() =>
        Assert.Equal("The agreement is reviewed at least termly: every 14 weeks at most (trust policy §7).",
            Assert.Throws<RuleViolationException>(() => Termly.WeeksFor(15)).Message);

    [Fact]
    public void TheNextReviewIsDueTheAgreedWeeksAfterTheStartOrTheLastReview()
    {
        Assert.Equal(new DateOnly(2027, 3, 1), Termly.NextDue(new DateOnly(2027, 1, 4), 8));
        Assert.Equal(new DateOnly(2027, 4, 12), Termly.NextDue(new DateOnly(2027, 1, 4), null));
    }
}
