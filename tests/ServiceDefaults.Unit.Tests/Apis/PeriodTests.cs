using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.ServiceDefaults.Unit.Tests.Apis;

/// <summary>A query's from after its to is the caller's mistake: a 400 naming "from", not an empty list.</summary>
public sealed class PeriodTests
{
    [Theory]
    [InlineData("2026-12-02", "2026-12-01", true)]
    [InlineData("2026-12-01", "2026-12-01", false)]
    [InlineData("2026-12-01", "2026-12-02", false)]
    [InlineData(null, "2026-12-01", false)]
    [InlineData("2026-12-01", null, false)]
    public void OnlyAFromAfterItsToIsBackwards(string? from, string? to, bool backwards) =>
        Assert.Equal(backwards, Period.IsBackwards(Date(from), Date(to)));

    [Fact]
    public void ABackwardPeriodIsAValidationProblemNamingFrom()
    {
        var problem = Period.Problem(Date("2026-12-02"), Date("2026-12-01"));

        Assert.NotNull(problem);
        Assert.Equal(["from is on or before to."], problem.ProblemDetails.Errors["from"]);
        Assert.Null(Period.Problem(Date("2026-12-01"), Date("2026-12-02")));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text);
}
