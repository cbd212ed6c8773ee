using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>A finding of the platform's own checks is a concern like a commissioner's, for the keeper's LA, in memory.</summary>
public sealed class PlatformFindingTests
{
    private static Caller Organisation(OrganisationType type, Guid? id = null) => new("test", id ?? Guid.NewGuid(), type, new HashSet<string>(), null, null);

    [Fact]
    public void APlatformFindingIsDealtWithByTheKeepersLocalAuthorityAndNotShownToTheProvider()
    {
        var keeper = Guid.NewGuid();
        var provider = Guid.NewGuid();

        var finding = Concern.RaiseByPlatform(
            Guid.NewGuid(), provider, keeper, ConcernCategory.Registration, "URN 900002 is closed on GIAS.", DateTimeOffset.UnixEpoch);

        Assert.Equal((Concern.Platform, OrganisationType.PlatformAdmin, ConcernStatus.Open),
            (finding.RaisedByOrganisationId, finding.RaisedByOrganisationType, finding.Status));
        Assert.True(finding.IsHandledBy(Organisation(OrganisationType.LocalAuthority, keeper)));
        Assert.False(finding.IsVisibleTo(Organisation(OrganisationType.LocalAuthority)));
        Assert.False(finding.IsVisibleTo(Organisation(OrganisationType.Provider, provider)));
    }
}
