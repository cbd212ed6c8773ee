using APPlatform.ProviderDirectory.Search;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>A directory search is read and checked before anything is searched: each bad parameter is named.</summary>
public sealed class SearchQueryTests
{
    private static readonly Caller School = Callers.Of(OrganisationType.School);

    public static TheoryData<SearchQuery, string> BadQueries => new()
    {
        { new SearchQuery(KeyStage: ["KS9"]), "keyStage" },
        { new SearchQuery(KeyStage: ["KS3,KS9"]), "keyStage" },
        { new SearchQuery(Registration: "maybe"), "registration" },
        { new SearchQuery(Ofsted: ["grand"]), "ofsted" },
        { new SearchQuery(Gcse: ["latin"]), "gcse" },
        { new SearchQuery(Need: ["tired"]), "need" },
        { new SearchQuery(Near: "abc"), "near" },
        { new SearchQuery(Near: "91,0"), "near" },
        { new SearchQuery(Near: "53,-181"), "near" },
        { new SearchQuery(Near: "53,-1", WithinKm: 0), "withinKm" },
        { new SearchQuery(Near: "53,-1", WithinKm: 501), "withinKm" },
        { new SearchQuery(AuditOutcome: "great"), "auditOutcome" },
        { new SearchQuery(Status: ["draft"]), "status" },
        { new SearchQuery(Status: ["removed"]), "status" },
        { new SearchQuery(Sort: "distance"), "sort" },
        { new SearchQuery(Sort: "random"), "sort" },
        { new SearchQuery(Page: 0), "page" },
        { new SearchQuery(PageSize: 0), "pageSize" },
        { new SearchQuery(PageSize: 101), "pageSize" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public void ABadQueryIsRefusedNamingTheParameter(SearchQuery query, string parameter)
    {
        var (filter, errors) = ProviderFilter.Parse(query, School);

        Assert.Null(filter);
        Assert.True(errors.ContainsKey(parameter), $"errors should name {parameter}: {string.Join(", ", errors.Keys)}");
    }

    [Theory]
    [InlineData(OrganisationType.LocalAuthority, true)]
    [InlineData(OrganisationType.PlatformAdmin, true)]
    [InlineData(OrganisationType.School, false)]
    [InlineData(OrganisationType.Trust, false)]
    [InlineData(OrganisationType.Provider, false)]
    public void OnlyALocalAuthorityOrPlatformAdminSearchesDrafts(OrganisationType caller, bool allowed) =>
        Assert.Equal(allowed, ProviderFilter.Parse(new SearchQuery(Status: ["draft", "submitted"]), Callers.Of(caller)).Filter is not null);

    [Fact]
    public void ListsMayRepeatTheParameterOrSeparateValuesWithCommas()
    {
        var (filter, _) = ProviderFilter.Parse(new SearchQuery(KeyStage: ["KS3, KS4", "16-19"], Status: ["listed,suspended"]), School);

        Assert.Equal([KeyStage.KS3, KeyStage.KS4, KeyStage.Post16], filter!.KeyStages);
        Assert.Equal([ListingStatus.Listed, ListingStatus.Suspended], filter.Statuses);
    }

    [Fact]
    public void ASearchNearAPlaceIsSortedByDistanceWithinTwentyFiveKilometres()
    {
        var (filter, _) = ProviderFilter.Parse(new SearchQuery(Near: "53.14,-1.55"), School);

        Assert.Equal((53.14, -1.55), filter!.Near);
        Assert.Equal(SearchSort.Distance, filter.Sort);
        Assert.Equal(25, filter.WithinKm);
    }

    [Fact]
    public void AnEmptySearchFindsListedProvidersByNameOnTheFirstPageOfTwenty()
    {
        var (filter, errors) = ProviderFilter.Parse(new SearchQuery(Q: "  "), School);

        Assert.Empty(errors);
        Assert.Equal((null, ListingStatus.Listed, SearchSort.Name, 1, 20), (filter!.Text, Assert.Single(filter.Statuses), filter.Sort, filter.Page, filter.PageSize));
    }
}
