using APPlatform.ProviderDirectory.Model.Threshold;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Education Act 1996 s463: when an unregistered provider must register as an independent school, in memory.</summary>
public sealed class RegistrationThresholdRuleTests
{
    private static readonly RegistrationThresholdRule Rule = new(new RegistrationThresholdOptions());
    private static readonly DateOnly Wednesday = new(2027, 1, 13);

    [Theory]
    [InlineData(0, 0, ThresholdLevel.Clear)]
    [InlineData(3, 0, ThresholdLevel.Clear)]
    [InlineData(4, 0, ThresholdLevel.AtRisk)]
    [InlineData(5, 0, ThresholdLevel.Breached)]
    [InlineData(9, 0, ThresholdLevel.Breached)]
    public void FiveFullTimePupilsBreachTheThresholdAndFourPutItAtRisk(int fullTime, int lookedAfterOrEhcp, ThresholdLevel level) =>
        Assert.Equal(level, Rule.Assess(fullTime, lookedAfterOrEhcp));

    [Fact]
    public void OneFullTimePupilWhoIsLookedAfterOrHasAnEhcPlanBreachesTheThreshold() =>
        Assert.Equal(ThresholdLevel.Breached, Rule.Assess(1, 1));

    [Fact]
    public void TheNumbersAreConfigurable()
    {
        var stricter = new RegistrationThresholdRule(new RegistrationThresholdOptions { AtRiskFullTimePupils = 2, BreachFullTimePupils = 3 });

        Assert.Equal(ThresholdLevel.AtRisk, stricter.Assess(2, 0));
        Assert.Equal(ThresholdLevel.Breached, stricter.Assess(3, 0));
    }

    /// <summary>
    /// Full time has one definition, Referral.Service's (Referral:FullTimeHoursPerWeek). The directory's old setting,
    /// which could only lower it, stops the service from starting rather than be quietly ignored.
    /// </summary>
    [Fact]
    public void TheDirectoryRefusesToStartWithAFullTimeHoursSettingOfItsOwn()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [RegistrationThresholdOptions.RemovedFullTimeHoursSetting] = "20" });

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddDirectoryServices());

        Assert.Contains("Referral:FullTimeHoursPerWeek", refused.Message);
    }

    [Fact]
    public void TheWorstWeekAheadCountsPlacementsAlreadyAgreedAcrossEveryCommissioner()
    {
        var placements = Enumerable.Range(0, 4).Select(_ => FullTime(Wednesday.AddDays(-30))).Append(FullTime(Wednesday.AddDays(21))).ToList();

        var worst = Rule.WorstWeek(placements, Wednesday);

        Assert.Equal(new ThresholdWeek(new DateOnly(2027, 2, 1), 5, 0, ThresholdLevel.Breached), worst);
    }

    [Fact]
    public void PartTimePlacementsAndThoseEndedBeforeTheWeekAreNotCounted()
    {
        var placements = new List<PlacementAtProvider>
        {
            FullTime(Wednesday.AddDays(-30)),
            FullTime(Wednesday.AddDays(-30), end: Wednesday.AddDays(-10)),
            FullTime(Wednesday.AddDays(-30), lookedAfterOrEhcp: true, fullTime: false),
        };

        Assert.Equal(new ThresholdWeek(new DateOnly(2027, 1, 11), 1, 0, ThresholdLevel.Clear), Rule.WorstWeek(placements, Wednesday));
    }

    [Fact]
    public void APlacementBeyondTheWeeksWatchedIsNotCountedYet() =>
        Assert.Equal(ThresholdLevel.Clear, Rule.WorstWeek([FullTime(Wednesday.AddDays(7 * 27), lookedAfterOrEhcp: true)], Wednesday).Level);

    [Theory]
    [InlineData("2026-09-01", null, true)]
    [InlineData("2027-01-17", null, true)]
    [InlineData("2027-01-18", null, false)]
    [InlineData("2026-09-01", "2027-01-11", true)]
    [InlineData("2026-09-01", "2027-01-10", false)]
    [InlineData("2027-01-13", "2027-01-14", true)]
    public void APlacementCountsInEveryWeekItRunsOnAnyDayOf(string start, string? end, bool counted) =>
        Assert.Equal(counted, FullTime(DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end)).RunsDuringWeek(new DateOnly(2027, 1, 11)));

    private static PlacementAtProvider FullTime(DateOnly start, DateOnly? end = null, bool lookedAfterOrEhcp = false, bool fullTime = true) => new()
    {
        PlacementId = Guid.NewGuid(),
        ProviderId = Guid.Empty,
        StartDate = start,
        EndDate = end,
        IsFullTime = fullTime,
        IsLookedAfterOrEhcp = lookedAfterOrEhcp,
    };
}
