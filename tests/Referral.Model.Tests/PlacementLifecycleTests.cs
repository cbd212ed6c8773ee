using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Policies;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Placements.PlacementStatus;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// The placement's lifecycle (trust policy §9, §12–§13), every stage × every action, in memory: planned → active →
/// ending → ended, or cancelled before the start. Each action is allowed from the stages below, leaving the placement in
/// the status given, and refused (409, nothing changed) from any other.
/// </summary>
public sealed class PlacementLifecycleTests
{
    /// <summary>The stages a placement can be at; ended and cancelled are both <see cref="Ended"/>.</summary>
    public enum Stage
    {
        Planned,
        Active,
        Ending,
        Ended,
        Cancelled,
    }

    /// <summary>For each action, the stages it is allowed from and the status it leaves the placement in.</summary>
    private static readonly Dictionary<string, Dictionary<Stage, PlacementStatus>> Allowed = new()
    {
        ["notify the parents"] = new() { [Stage.Planned] = PlacementStatus.Planned, [Stage.Active] = Active },
        ["start"] = new() { [Stage.Planned] = Active },
        ["rearrange"] = new() { [Stage.Planned] = PlacementStatus.Planned, [Stage.Active] = Active, [Stage.Ending] = Ending },
        ["record a review"] = new() { [Stage.Active] = Active, [Stage.Ending] = Ending },
        ["record a visit"] = new() { [Stage.Active] = Active, [Stage.Ending] = Ending },
        ["report an incident"] = new() { [Stage.Active] = Active, [Stage.Ending] = Ending },
        ["agree the reintegration plan"] = new() { [Stage.Active] = Ending, [Stage.Ending] = Ending },
        ["submit the final report"] = new() { [Stage.Active] = Active, [Stage.Ending] = Ending },
        ["end"] = new() { [Stage.Active] = Ended, [Stage.Ending] = Ended },
        ["cancel"] = new() { [Stage.Planned] = Ended },
    };

    public static TheoryData<Stage, string> EveryStageAndAction =>
        new(from stage in Enum.GetValues<Stage>() from action in Allowed.Keys select (stage, action));

    [Theory]
    [MemberData(nameof(EveryStageAndAction))]
    public void EachActionIsAllowedOnlyFromItsStagesAndMovesThePlacementOn(Stage from, string action)
    {
        var placement = At(from);

        Lifecycle.AssertMove(Allowed[action], from, () => Act(action, placement), () => placement.Status,
            () => (placement.Status, placement.History.Count, placement.Notices.Count, placement.Reviews.Count, placement.Visits.Count,
                placement.Incidents.Count));
    }

    /// <summary>Why a running placement may end: any reason but cancelled, which is for one that never started.</summary>
    [Theory]
    [InlineData(PlacementEndReason.Completed, true)]
    [InlineData(PlacementEndReason.ProviderChange, true)]
    [InlineData(PlacementEndReason.Safeguarding, true)]
    [InlineData(PlacementEndReason.ParentWithdrawal, true)]
    [InlineData(PlacementEndReason.PermanentExclusion, true)]
    [InlineData(PlacementEndReason.LeftSchool, true)]
    [InlineData(PlacementEndReason.TimeLimit, true)]
    [InlineData(PlacementEndReason.Cancelled, false)]
    public void ARunningPlacementEndsForAnyReasonButCancelled(PlacementEndReason reason, bool ends)
    {
        var placement = At(Stage.Active);

        var end = () => placement.End(reason, Start.AddDays(30), null, Destination.AnotherSchool, null, School, Now);

        if (ends)
        {
            end();
            Assert.Equal((Ended, reason), (placement.Status, placement.EndReason));
        }
        else
        {
            Assert.Equal("A placement that has started is ended, not cancelled.", Assert.Throws<RuleViolationException>(end).Message);
            Assert.Equal(Active, placement.Status);
        }
    }

    /// <summary>Trust policy §13: the pupil returns once the final report, their views and the reintegration plan are recorded.</summary>
    [Theory]
    [InlineData(false, false, false, "the provider's final report, the pupil's views, the reintegration plan")]
    [InlineData(true, false, false, "the pupil's views, the reintegration plan")]
    [InlineData(false, true, false, "the provider's final report, the reintegration plan")]
    [InlineData(false, false, true, "the provider's final report, the pupil's views")]
    [InlineData(true, true, false, "the reintegration plan")]
    [InlineData(true, false, true, "the pupil's views")]
    [InlineData(false, true, true, "the provider's final report")]
    [InlineData(true, true, true, null)]
    public void ThePupilReturnsOnlyWithTheFinalReportTheirViewsAndTheReintegrationPlan(bool report, bool views, bool plan, string? missing)
    {
        var placement = At(Stage.Active);
        if (report)
        {
            Act("submit the final report", placement);
        }

        if (plan)
        {
            Act("agree the reintegration plan", placement);
        }

        var pupilViews = views ? "Ready to go back" : " ";
        var end = () => placement.End(PlacementEndReason.Reintegrated, Start.AddDays(60), pupilViews, Destination.ReturnedToHomeSchool, null, School, Now);

        if (missing is null)
        {
            end();
            Assert.Equal((Ended, PlacementEndReason.Reintegrated), (placement.Status, placement.EndReason));
        }
        else
        {
            Assert.Equal($"Before the pupil returns, record {missing} (trust policy §13).", Assert.Throws<RuleViolationException>(end).Message);
            Assert.NotEqual(Ended, placement.Status);
        }
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void APlacementEndsNoEarlierThanItStarted(int daysAfterStart, bool ends)
    {
        var placement = At(Stage.Active);

        var endedOn = placement.StartDate.AddDays(daysAfterStart);
        var end = () => placement.End(PlacementEndReason.Completed, endedOn, null, Destination.AnotherSchool, null, School, Now);

        if (ends)
        {
            end();
            Assert.Equal(placement.StartDate.AddDays(daysAfterStart), placement.EndedOn);
        }
        else
        {
            Assert.Throws<RuleViolationException>(end);
            Assert.Null(placement.EndedOn);
        }
    }

    private static void Act(string action, Placement placement)
    {
        switch (action)
        {
            case "notify the parents": placement.Issue(Notice(placement, Start.AddDays(-7), placement.StartDate)); break;
            case "start": placement.Start(School, Now); break;
            case "rearrange": placement.Rearrange(Mornings(2), null, false, Staff, 200, new UnregisteredHoursCap(false, 15)); break;
            case "record a review": placement.RecordReview(Formal(Start.AddDays(14), improved: true)); break;
            case "record a visit":
                placement.RecordVisit(new Visit(Guid.NewGuid(), Start.AddDays(7), [Staff], "Settled", null, School.OrganisationId, Now));
                break;
            case "report an incident":
                placement.ReportIncident(new Incident { Id = Guid.NewGuid(), Summary = "Left the site", ReportedBy = "Morgan Manager", ReportedAt = Now });
                break;
            case "agree the reintegration plan":
                placement.BeginEnding(new ReintegrationPlan(Start.AddDays(50), [], "Mentor daily", null, Now), School, Now);
                break;
            case "submit the final report":
                placement.SubmitFinalReport(new FinalReport("Level 1", "Strong", "94%", "Settled", "Morgan Manager", Now));
                break;
            case "end": placement.End(PlacementEndReason.Completed, Start.AddDays(60), null, Destination.AnotherSchool, null, School, Now); break;
            case "cancel": placement.Cancel(School, "Referral withdrawn", Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>A placement brought to <paramref name="stage"/> by the lifecycle itself.</summary>
    private static Placement At(Stage stage)
    {
        var (_, placement) = Planned(Start);
        string[] path = stage switch
        {
            Stage.Planned => [],
            Stage.Active => ["start"],
            Stage.Ending => ["start", "agree the reintegration plan"],
            Stage.Ended => ["start", "end"],
            _ => ["cancel"],
        };
        foreach (var step in path)
        {
            Act(step, placement);
        }

        return placement;
    }
}
