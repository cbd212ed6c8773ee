using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>A document's expiry is announced ahead, and a stale notice is not given, in memory.</summary>
public sealed class DocumentExpiryNoticeTests
{
    private static readonly DocumentExpiryNotice ThirtyDays = new(TimeSpan.FromDays(30));
    private static readonly DateOnly Expires = new(2027, 3, 31);
    private static readonly Caller LocalAuthority = Callers.Of(OrganisationType.LocalAuthority);

    [Fact]
    public void NoticeIsDueThirtyDaysBeforeASeenDocumentExpires() =>
        Assert.Equal(new DateOnly(2027, 3, 1), ThirtyDays.DueOn(new ProviderDocument { Type = DocumentType.Insurance, Seen = true, ExpiresOn = Expires }));

    [Fact]
    public void ADocumentNotSeenOrWithoutAnExpiryHasNoNotice()
    {
        Assert.Null(ThirtyDays.DueOn(new ProviderDocument { Type = DocumentType.Insurance, Seen = false, ExpiresOn = Expires }));
        Assert.Null(ThirtyDays.DueOn(new ProviderDocument { Type = DocumentType.Insurance, Seen = true }));
    }

    [Fact]
    public void ANoticeStandsWhileTheDocumentIsSeenWithTheSameExpiry()
    {
        var provider = WithInsurance(Expires);

        Assert.True(DocumentExpiryNotice.StillStands(provider, DocumentType.Insurance, Expires));
        Assert.False(DocumentExpiryNotice.StillStands(provider, DocumentType.Insurance, Expires.AddDays(-1)));
        Assert.False(DocumentExpiryNotice.StillStands(provider, DocumentType.LetterOfComfort, Expires));
        Assert.False(DocumentExpiryNotice.StillStands(null, DocumentType.Insurance, Expires));
    }

    [Fact]
    public void NoNoticeForAProviderRemovedFromTheDirectory()
    {
        var provider = WithInsurance(Expires);
        provider.Take(ListingAction.Remove, LocalAuthority, "Closed down", DateTimeOffset.UnixEpoch);

        Assert.False(DocumentExpiryNotice.StillStands(provider, DocumentType.Insurance, Expires));
    }

    [Fact]
    public void ASeenDocumentPastItsExpiryIsExpired()
    {
        var insurance = new ProviderDocument { Type = DocumentType.Insurance, Seen = true, ExpiresOn = Expires };

        Assert.Equal(DocumentStatus.Seen, insurance.StatusOn(Expires));
        Assert.Equal(DocumentStatus.Expired, insurance.StatusOn(Expires.AddDays(1)));
        Assert.Equal(DocumentStatus.Missing, new ProviderDocument { Type = DocumentType.Insurance }.StatusOn(Expires));
    }

    [Theory]
    [InlineData(false, null, DocumentStatus.Missing)]
    [InlineData(false, -10, DocumentStatus.Missing)]
    [InlineData(true, null, DocumentStatus.Seen)]
    [InlineData(true, 1, DocumentStatus.Seen)]
    [InlineData(true, 0, DocumentStatus.Seen)]
    [InlineData(true, -1, DocumentStatus.Expired)]
    public void ADocumentIsSeenThroughItsExpiryDayExpiredAfterAndMissingUntilSeen(bool seen, int? expiresInDays, DocumentStatus status)
    {
        var document = new ProviderDocument { Type = DocumentType.LetterOfComfort, Seen = seen, ExpiresOn = expiresInDays is { } days ? Expires.AddDays(days) : null };

        Assert.Equal(status, document.StatusOn(Expires));
    }

    [Theory]
    [InlineData(30, "2027-03-01")]
    [InlineData(14, "2027-03-17")]
    [InlineData(0, "2027-03-31")]
    public void NoticeIsDueTheConfiguredPeriodBeforeExpiry(int days, string dueOn) =>
        Assert.Equal(DateOnly.Parse(dueOn), new DocumentExpiryNotice(TimeSpan.FromDays(days)).DueOn(new ProviderDocument { Seen = true, ExpiresOn = Expires }));

    private static Provider WithInsurance(DateOnly expiresOn)
    {
        var provider = Provider.Create(Guid.NewGuid(), "Skills Centre", ListingStatus.Listed, LocalAuthority, LocalAuthority.OrganisationId, DateTimeOffset.UnixEpoch);
        provider.Document(DocumentType.Insurance).Seen = true;
        provider.Document(DocumentType.Insurance).ExpiresOn = expiresOn;
        return provider;
    }
}
