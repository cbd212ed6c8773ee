using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Errors;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>
/// A commissioner's concern about a provider goes to its local authority's directory team, and only that team (or a
/// platform admin) moves it open → acknowledged → resolved or dismissed; closing says how or why.
/// </summary>
public sealed class ConcernTests
{
    private static readonly DateTimeOffset RaisedAt = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid LocalAuthority = Guid.NewGuid();
    private static readonly Caller School = Callers.Of(OrganisationType.School, localAuthorityId: LocalAuthority);
    private static readonly Caller DirectoryTeam = Callers.Of(OrganisationType.LocalAuthority, LocalAuthority);

    public static TheoryData<ConcernStatus, ConcernStatus, bool> EveryMove()
    {
        var allowed = new HashSet<(ConcernStatus, ConcernStatus)>
        {
            (ConcernStatus.Open, ConcernStatus.Acknowledged), (ConcernStatus.Open, ConcernStatus.Resolved), (ConcernStatus.Open, ConcernStatus.Dismissed),
            (ConcernStatus.Acknowledged, ConcernStatus.Resolved), (ConcernStatus.Acknowledged, ConcernStatus.Dismissed),
        };
        var data = new TheoryData<ConcernStatus, ConcernStatus, bool>();
        foreach (var from in Enum.GetValues<ConcernStatus>())
        {
            foreach (var to in Enum.GetValues<ConcernStatus>())
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void AConcernMovesOnlyForwardAndAClosedConcernStaysClosed(ConcernStatus from, ConcernStatus to, bool allowed)
    {
        var concern = ConcernAt(from);

        var refused = Record.Exception(() => concern.MoveTo(to, DirectoryTeam, "Visited the provider on 3 November.", RaisedAt.AddDays(2)));

        Assert.Equal(allowed, refused is null);
        Assert.Equal(allowed ? to : from, concern.Status);
        if (!allowed)
        {
            Assert.IsType<StateConflictException>(refused);
        }
    }

    [Theory]
    [InlineData(ConcernStatus.Acknowledged, null, true)]
    [InlineData(ConcernStatus.Resolved, null, false)]
    [InlineData(ConcernStatus.Resolved, "  ", false)]
    [InlineData(ConcernStatus.Resolved, "The provider renewed its insurance.", true)]
    [InlineData(ConcernStatus.Dismissed, null, false)]
    [InlineData(ConcernStatus.Dismissed, "The pupil attended a different provider that day.", true)]
    public void ResolvingOrDismissingSaysHowOrWhy(ConcernStatus to, string? note, bool allowed)
    {
        var concern = ConcernAt(ConcernStatus.Open);

        var refused = Record.Exception(() => concern.MoveTo(to, DirectoryTeam, note, RaisedAt.AddDays(1)));

        Assert.Equal(allowed, refused is null);
        Assert.True(allowed || refused is RuleViolationException);
    }

    [Theory]
    [InlineData("its_local_authority", true, true)]
    [InlineData("platform_admin", true, true)]
    [InlineData("the_raiser", false, true)]
    [InlineData("another_local_authority", false, false)]
    [InlineData("another_school", false, false)]
    [InlineData("the_provider", false, false)]
    public void OnlyItsLocalAuthorityDealsWithAConcernAndTheRaiserFollowsItUp(string who, bool handles, bool sees)
    {
        var concern = ConcernAt(ConcernStatus.Open);
        var caller = who switch
        {
            "its_local_authority" => DirectoryTeam,
            "platform_admin" => Callers.Of(OrganisationType.PlatformAdmin),
            "the_raiser" => School,
            "another_local_authority" => Callers.Of(OrganisationType.LocalAuthority),
            "another_school" => Callers.Of(OrganisationType.School, localAuthorityId: LocalAuthority),
            _ => Callers.Of(OrganisationType.Provider, concern.ProviderId),
        };

        Assert.Equal((handles, sees), (concern.IsHandledBy(caller), concern.IsVisibleTo(caller)));
        Assert.Equal(handles, Record.Exception(() => concern.MoveTo(ConcernStatus.Acknowledged, caller, null, RaisedAt)) is null);
    }

    [Fact]
    public void EachStepIsRecordedWithWhoWhenAndItsNote()
    {
        var concern = ConcernAt(ConcernStatus.Open);

        concern.MoveTo(ConcernStatus.Acknowledged, DirectoryTeam, null, RaisedAt.AddHours(2));
        concern.MoveTo(ConcernStatus.Resolved, DirectoryTeam, " Insurance renewed. ", RaisedAt.AddDays(3));

        Assert.Equal(
            [(ConcernStatus.Open, RaisedAt, School.OrganisationId, null), (ConcernStatus.Acknowledged, RaisedAt.AddHours(2), LocalAuthority, null),
             (ConcernStatus.Resolved, RaisedAt.AddDays(3), LocalAuthority, "Insurance renewed.")],
            concern.History.Select(step => (step.Status, step.At, step.ByOrganisationId, step.Note)));
    }

    private static Concern ConcernAt(ConcernStatus status)
    {
        var concern = Concern.Raise(Guid.NewGuid(), Guid.NewGuid(), School, LocalAuthority, ConcernCategory.Safeguarding, "Pupils were left unsupervised.", RaisedAt);
        var path = status switch
        {
            ConcernStatus.Acknowledged => [ConcernStatus.Acknowledged],
            ConcernStatus.Resolved => [ConcernStatus.Resolved],
            ConcernStatus.Dismissed => [ConcernStatus.Dismissed],
            _ => Array.Empty<ConcernStatus>(),
        };
        foreach (var step in path)
        {
            concern.MoveTo(step, DirectoryTeam, "Looked into it.", RaisedAt.AddHours(1));
        }

        return concern;
    }
}
