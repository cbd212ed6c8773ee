using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>Domain notes §3: the listing lifecycle draft → submitted → listed ↔ suspended → removed, in memory.</summary>
public sealed class ListingLifecycleTests
{
    private static readonly Guid Keeper = Guid.NewGuid();

    public static TheoryData<ListingStatus, ListingAction, ListingStatus?> EveryMove()
    {
        var expected = new Dictionary<(ListingStatus, ListingAction), ListingStatus>
        {
            [(ListingStatus.Draft, ListingAction.Submit)] = ListingStatus.Submitted,
            [(ListingStatus.Draft, ListingAction.List)] = ListingStatus.Listed,
            [(ListingStatus.Draft, ListingAction.Remove)] = ListingStatus.Removed,
            [(ListingStatus.Submitted, ListingAction.List)] = ListingStatus.Listed,
            [(ListingStatus.Submitted, ListingAction.Return)] = ListingStatus.Draft,
            [(ListingStatus.Submitted, ListingAction.Remove)] = ListingStatus.Removed,
            [(ListingStatus.Listed, ListingAction.Suspend)] = ListingStatus.Suspended,
            [(ListingStatus.Listed, ListingAction.Remove)] = ListingStatus.Removed,
            [(ListingStatus.Suspended, ListingAction.Reinstate)] = ListingStatus.Listed,
            [(ListingStatus.Suspended, ListingAction.Remove)] = ListingStatus.Removed,
        };
        var data = new TheoryData<ListingStatus, ListingAction, ListingStatus?>();
        foreach (var status in Enum.GetValues<ListingStatus>())
        {
            foreach (var action in Enum.GetValues<ListingAction>())
            {
                data.Add(status, action, expected.TryGetValue((status, action), out var next) ? next : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void EachActionMovesAListingOnlyWhereTheLifecycleAllows(ListingStatus from, ListingAction action, ListingStatus? to) =>
        Assert.Equal(to, ListingLifecycle.Next(from, action));

    [Theory]
    [InlineData(ListingStatus.Draft, new[] { ListingAction.Submit, ListingAction.List, ListingAction.Remove })]
    [InlineData(ListingStatus.Submitted, new[] { ListingAction.List, ListingAction.Return, ListingAction.Remove })]
    [InlineData(ListingStatus.Listed, new[] { ListingAction.Suspend, ListingAction.Remove })]
    [InlineData(ListingStatus.Suspended, new[] { ListingAction.Reinstate, ListingAction.Remove })]
    [InlineData(ListingStatus.Removed, new ListingAction[0])]
    public void EachStatusOffersTheActionsThatMoveIt(ListingStatus status, ListingAction[] actions) =>
        Assert.Equal(actions.Order(), ListingLifecycle.From(status).Order());

    [Theory]
    [InlineData(ListingAction.Submit, false)]
    [InlineData(ListingAction.List, false)]
    [InlineData(ListingAction.Return, true)]
    [InlineData(ListingAction.Suspend, true)]
    [InlineData(ListingAction.Reinstate, true)]
    [InlineData(ListingAction.Remove, true)]
    public void ReturningSuspendingReinstatingAndRemovingMustSayWhy(ListingAction action, bool needsReason) =>
        Assert.Equal(needsReason, ListingLifecycle.NeedsReason(action));

    public static TheoryData<string, ListingAction, bool> WhoActs => new()
    {
        { "keeper_system", ListingAction.List, true },
        { "keeper_system", ListingAction.Suspend, true },
        { "keeper_directory_team", ListingAction.Suspend, true },
        { "keeper_attendance_team", ListingAction.Suspend, false },
        { "other_local_authority", ListingAction.Suspend, false },
        { "platform_admin", ListingAction.Remove, true },
        { "provider_itself", ListingAction.Submit, true },
        { "provider_itself", ListingAction.List, false },
        { "provider_manager", ListingAction.Submit, true },
        { "provider_register_staff", ListingAction.Submit, false },
        { "another_provider", ListingAction.Submit, false },
        { "school", ListingAction.Submit, false },
        { "school", ListingAction.Suspend, false },
        { "trust", ListingAction.Remove, false },
    };

    [Theory]
    [MemberData(nameof(WhoActs))]
    public void TheKeepersDirectoryTeamTakesEveryActionAndAProviderOnlySubmitsItsOwn(string who, ListingAction action, bool allowed)
    {
        var provider = Provider.Create(Guid.NewGuid(), "Peak Provision", ListingStatus.Draft, Callers.Of(OrganisationType.LocalAuthority, Keeper), Keeper, DateTimeOffset.UnixEpoch);
        var caller = who switch
        {
            "keeper_system" => Callers.Of(OrganisationType.LocalAuthority, Keeper),
            "keeper_directory_team" => Callers.Of(OrganisationType.LocalAuthority, Keeper).AsPerson(PersonRoles.DirectoryTeam),
            "keeper_attendance_team" => Callers.Of(OrganisationType.LocalAuthority, Keeper).AsPerson(PersonRoles.AttendanceTeam),
            "other_local_authority" => Callers.Of(OrganisationType.LocalAuthority),
            "platform_admin" => Callers.Of(OrganisationType.PlatformAdmin),
            "provider_itself" => Callers.Of(OrganisationType.Provider, provider.Id),
            "provider_manager" => Callers.Of(OrganisationType.Provider, provider.Id).AsPerson(PersonRoles.Manager),
            "provider_register_staff" => Callers.Of(OrganisationType.Provider, provider.Id).AsPerson(PersonRoles.RegisterStaff),
            "another_provider" => Callers.Of(OrganisationType.Provider),
            "school" => Callers.Of(OrganisationType.School, localAuthorityId: Keeper),
            _ => Callers.Of(OrganisationType.Trust),
        };

        Assert.Equal(allowed, ListingLifecycle.MayTake(caller, action, provider));
    }
}
