using APPlatform.ServiceDefaults.Correlation;

namespace APPlatform.ServiceDefaults.Unit.Tests.Correlation;

/// <summary>
/// A caller's X-Correlation-Id is kept only if it is short and plain (letters, digits, '-', '_', '.'; at most 64), so a
/// header cannot write into the logs; any other is replaced by a new one.
/// </summary>
public sealed class CorrelationIdTests
{
    [Theory]
    [InlineData("portal-7f3a")]
    [InlineData("0193a7c25d0e7b4f9a612f3c8e1d4b77")]
    [InlineData("la_system.batch-2026.12.02")]
    [InlineData("x")]
    public void APlainIdIsKept(string id) => Assert.True(CorrelationId.IsAcceptable(id));

    [Fact]
    public void SixtyFourCharactersIsTheLongestKept() =>
        Assert.Equal((true, false), (CorrelationId.IsAcceptable(new string('a', 64)), CorrelationId.IsAcceptable(new string('a', 65))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has spaces in it")]
    [InlineData("line\nINFO forged log line")]
    [InlineData("{CorrelationId}")]
    [InlineData("café")]
    [InlineData("a;b")]
    public void AnythingElseIsReplaced(string? id) => Assert.False(CorrelationId.IsAcceptable(id));

    [Fact]
    public void ANewIdIsThirtyTwoHexDigitsAndItselfAcceptable()
    {
        var id = CorrelationId.New();

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.True(CorrelationId.IsAcceptable(id));
        Assert.NotEqual(id, CorrelationId.New());
    }
}
