using APPlatform.Referrals.Model.Placements;
using APPlatform.Referrals.Model.Referrals;
using APPlatform.ServiceDefaults.Errors;
using static APPlatform.Referrals.Model.Referrals.ReferralStatus;
using static APPlatform.Referrals.Model.Tests.Placements;

namespace APPlatform.Referrals.Model.Tests;

/// <summary>
/// The referral's lifecycle (trust policy §6–§9, §13), every status × every action, in memory: each action is allowed
/// from the statuses below, moving the referral to the status given, and refused (409, nothing changed) from any other.
/// </summary>
public sealed class ReferralLifecycleTests
{
    /// <summary>Every status but rejected and withdrawn.</summary>
    private static readonly ReferralStatus[] Open =
        [Draft, Submitted, InformationRequested, AwaitingTrustApproval, Approved, ParentAgreed, ParentRefused, PlacementPlanned];

    /// <summary>For each action, the statuses it is allowed from and the status it leaves the referral in.</summary>
    private static readonly Dictionary<string, Dictionary<ReferralStatus, ReferralStatus>> Allowed = new()
    {
        ["submit"] = new() { [Draft] = Submitted, [InformationRequested] = Submitted },
        ["ask for more information"] = new() { [Submitted] = InformationRequested, [AwaitingTrustApproval] = InformationRequested },
        ["headteacher approves"] = new() { [Submitted] = Approved },
        ["headteacher approves for the trust to decide"] = new() { [Submitted] = AwaitingTrustApproval },
        ["headteacher rejects"] = new() { [Submitted] = Rejected },
        ["trust approves"] = new() { [AwaitingTrustApproval] = Approved },
        ["trust rejects"] = new() { [AwaitingTrustApproval] = Rejected },
        ["parents agree"] = new() { [Approved] = ParentAgreed, [ParentAgreed] = ParentAgreed, [ParentRefused] = ParentAgreed },
        ["parents refuse"] = new() { [Approved] = ParentRefused, [ParentAgreed] = ParentRefused, [ParentRefused] = ParentRefused },
        ["plan the placement"] = new() { [ParentAgreed] = PlacementPlanned },
        ["record the plan"] = Open.ToDictionary(s => s, s => s),
        ["add to the chronology"] = Open.ToDictionary(s => s, s => s),
        ["withdraw"] = Open.ToDictionary(s => s, _ => Withdrawn),
    };

    /// <summary>An off-site direction needs no parents' agreement: its placement is planned once approved, refused or not.</summary>
    private static readonly Dictionary<ReferralStatus, ReferralStatus> OffSiteDirectionPlanning = new()
    {
        [Approved] = PlacementPlanned,
        [ParentRefused] = PlacementPlanned,
        [ParentAgreed] = PlacementPlanned,
    };

    public static TheoryData<ReferralStatus, string> EveryStatusAndAction =>
        new(from status in Enum.GetValues<ReferralStatus>() from action in Allowed.Keys select (status, action));

    public static TheoryData<ReferralStatus> EveryStatus => new(Enum.GetValues<ReferralStatus>());

    [Theory]
    [MemberData(nameof(EveryStatusAndAction))]
    public void EachActionIsAllowedOnlyFromItsStatusesAndMovesTheReferralOn(ReferralStatus from, string action)
    {
        var (referral, placement) = At(from, ReferralRoute.ParentalAgreement);

        AssertMove(referral, from, Allowed[action], () => Act(action, referral, placement, LegalBasis.SchoolArranged));
    }

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void AnOffSiteDirectionsPlacementIsPlannedOnceApprovedWhetherOrNotTheParentsAgree(ReferralStatus from)
    {
        var (referral, placement) = At(from, ReferralRoute.OffSiteDirection);

        AssertMove(referral, from, OffSiteDirectionPlanning, () => Act("plan the placement", referral, placement, LegalBasis.OffSiteDirection));
    }

    private static void AssertMove(Referral referral, ReferralStatus from, Dictionary<ReferralStatus, ReferralStatus> allowed, Action act) =>
        Lifecycle.AssertMove(allowed, from, act, () => referral.Status, () => (referral.Status, referral.History.Count, referral.Chronology.Count));

    [Fact]
    public void ADraftWithoutAnInterventionAndItsImpactIsNotSubmitted()
    {
        var referral = Drafted(Start);
        referral.AddToChronology(
            new ChronologyEntry(Start.AddMonths(-1), ChronologyKind.Meeting, "Met the parents", "Agreed to try mentoring", School.OrganisationId, Now));
        referral.AddToChronology(new ChronologyEntry(Start.AddMonths(-1), ChronologyKind.Intervention, "Mentoring", null, School.OrganisationId, Now));

        var refused = Assert.Throws<RuleViolationException>(() => referral.Submit(School, Now));

        Assert.Contains("trust policy §6", refused.Message);
        Assert.Equal(Draft, referral.Status);
    }

    [Fact]
    public void EveryMoveIsKeptInTheHistoryWithItsNote()
    {
        var (referral, _) = At(AwaitingTrustApproval, ReferralRoute.ParentalAgreement);

        referral.DecideAsTrust(false, "Dr Tess Trust", "Cost above the framework rate", School, Now);

        Assert.Equal([Draft, Submitted, AwaitingTrustApproval, Rejected], referral.History.Select(h => h.Status));
        Assert.Equal("Cost above the framework rate", referral.History[^1].Note);
    }

    [Fact]
    public void TheHeadteacherApprovesOnlyNamingTheApLead()
    {
        var (referral, _) = At(Submitted, ReferralRoute.ParentalAgreement);

        Assert.Throws<RuleViolationException>(() => referral.DecideAsHeadteacher(true, "Dr Sam Head", null, null, false, School, Now));

        Assert.Equal(Submitted, referral.Status);
        referral.DecideAsHeadteacher(false, "Dr Sam Head", "Not yet", null, false, School, Now);
        Assert.Equal(Rejected, referral.Status);
    }

    [Fact]
    public void AParentsRefusalGoesOnTheChronology()
    {
        var (referral, _) = At(Approved, ReferralRoute.ParentalAgreement);

        referral.RecordParentAgreement(Agreement(agreed: false), School, Now);

        var entry = referral.Chronology.Single(e => e.Kind == ChronologyKind.ParentRefusal);
        Assert.Equal("Parents refused the offer of alternative provision: Too far to travel.", entry.Description);
    }

    private static void Act(string action, Referral referral, Placement? placement, LegalBasis basis)
    {
        switch (action)
        {
            case "submit": referral.Submit(School, Now); break;
            case "ask for more information": referral.RequestInformation("The attendance for last term", School, Now); break;
            case "headteacher approves": referral.DecideAsHeadteacher(true, "Dr Sam Head", null, Staff, false, School, Now); break;
            case "headteacher approves for the trust to decide":
                referral.DecideAsHeadteacher(true, "Dr Sam Head", null, Staff, true, School, Now);
                break;
            case "headteacher rejects": referral.DecideAsHeadteacher(false, "Dr Sam Head", "Try in school first", null, false, School, Now); break;
            case "trust approves": referral.DecideAsTrust(true, "Dr Tess Trust", null, School, Now); break;
            case "trust rejects": referral.DecideAsTrust(false, "Dr Tess Trust", "Too costly", School, Now); break;
            case "parents agree": referral.RecordParentAgreement(Agreement(agreed: true), School, Now); break;
            case "parents refuse": referral.RecordParentAgreement(Agreement(agreed: false), School, Now); break;
            case "plan the placement": referral.PlanPlacement(Guid.NewGuid(), basis, School, Now); break;
            case "record the plan":
                referral.RecordPlan(new PersonalisedPlan([], "Reading age 9", "Two terms", "Half-termly", null, "Full return", null));
                break;
            case "add to the chronology":
                referral.AddToChronology(
                    new ChronologyEntry(Start.AddDays(-20), ChronologyKind.Meeting, "Met the provider", null, School.OrganisationId, Now));
                break;
            case "withdraw": referral.Withdraw("The family moved away", placement, School, Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>A referral brought to <paramref name="status"/> by the lifecycle itself, with its planned placement if it has one.</summary>
    private static (Referral Referral, Placement? Placement) At(ReferralStatus status, ReferralRoute route)
    {
        if (status == PlacementPlanned)
        {
            var basis = route == ReferralRoute.OffSiteDirection ? LegalBasis.OffSiteDirection : LegalBasis.SchoolArranged;
            var (planned, placement) = Planned(Start, basis);
            return (planned, placement);
        }

        var referral = Drafted(Start, route);
        Tried(referral);
        foreach (var step in PathTo(status))
        {
            Act(step, referral, null, LegalBasis.SchoolArranged);
        }

        Assert.Equal(status, referral.Status);
        return (referral, null);
    }

    private static string[] PathTo(ReferralStatus status) => status switch
    {
        Draft => [],
        Submitted => ["submit"],
        InformationRequested => ["submit", "ask for more information"],
        AwaitingTrustApproval => ["submit", "headteacher approves for the trust to decide"],
        Approved => ["submit", "headteacher approves"],
        Rejected => ["submit", "headteacher rejects"],
        ParentAgreed => ["submit", "headteacher approves", "parents agree"],
        ParentRefused => ["submit", "headteacher approves", "parents refuse"],
        Withdrawn => ["withdraw"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static ParentAgreement Agreement(bool agreed) => new(
        Start.AddDays(-7), [Staff], agreed, agreed ? "School visits fortnightly" : null, 12, agreed ? "Weekly call" : null,
        agreed ? null : "Too far to travel", School.OrganisationId, Now);
}
