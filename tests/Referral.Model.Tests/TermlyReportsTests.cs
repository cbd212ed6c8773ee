using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Rules;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>Trust policy §12: the provider's termly report, term by term while the placement runs, in memory.</summary>
public sealed class TermlyReportsTests
{
    private static readonly SchoolDays Days = new(new SchoolCalendar
    {
        Terms =
        [
            new Term("Autumn 2026", new(2026, 9, 2), new(2026, 12, 18), new(2026, 10, 26), new(2026, 10, 30)),
            new Term("Spring 2027", new(2027, 1, 4), new(2027, 3, 26)),
        ],
    });

    [Theory]
    [InlineData("2026-09-02", "Autumn 2026")]
    [InlineData("2026-10-28", "Autumn 2026")] // in half-term
    [InlineData("2026-12-18", "Autumn 2026")]
    [InlineData("2026-12-21", "Spring 2027")] // in the holiday: the term it leads into
    public void TheFirstReportIsForTheTermThePlacementStartsIn(string start, string term)
    {
        var placement = Running(Mornings(3));
        placement.StartDate = DateOnly.Parse(start);

        Assert.Equal(term, TermlyReports.First(placement, Days).Name);
    }

    [Theory]
    [InlineData("active", "2026-12-18", null, "Spring 2027")]
    [InlineData("active", "2026-10-15", null, "Autumn 2026")] // one asked for mid-term is followed by the term's own
    [InlineData("active", "2026-12-18", "2027-01-04", "Spring 2027")] // the next term begins on the planned last day
    [InlineData("active", "2026-12-18", "2027-01-03", null)] // the placement is planned to end before it begins
    [InlineData("ending", "2026-12-18", null, null)]
    [InlineData("ended", "2026-12-18", null, null)]
    public void ASubmittedReportAsksForTheNextTermsWhileThePlacementRunsIntoIt(string stage, string dueOn, string? plannedEnd, string? next)
    {
        var placement = Running(Mornings(3));
        placement.StartDate = new DateOnly(2026, 9, 7);
        placement.PlannedEndDate = plannedEnd is null ? null : DateOnly.Parse(plannedEnd);
        if (stage == "ending")
        {
            placement.BeginEnding(new ReintegrationPlan(new(2026, 12, 1), [], "Mentor daily", null, Now), School, Now);
        }
        else if (stage == "ended")
        {
            placement.End(PlacementEndReason.Completed, new(2026, 12, 18), null, Destination.AnotherSchool, null, School, Now);
        }

        Assert.Equal(next, TermlyReports.Next(placement, DateOnly.Parse(dueOn), Days)?.Name);
    }
}
