namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// A provider's commissioners are told <paramref name="Before"/> ahead (<c>Directory:DocumentExpiry:NoticeBefore</c>, 30
/// days) that a document seen with an expiry date (insurance, the letter of comfort, a policy) is about to expire. A
/// notice planned for an expiry that has since changed, a document no longer seen, or a provider removed from the
/// directory is not given.
/// </summary>
/// <remarks>Trust policy §5 and Appendix 1 (documents seen before and during a placement); Derbyshire's listing assurances (../shared/seeds/000).</remarks>
public sealed record DocumentExpiryNotice(TimeSpan Before)
{
    /// <summary>The day notice of <paramref name="document"/>'s expiry is due, or null when it has none to give.</summary>
    public DateOnly? DueOn(ProviderDocument document) =>
        document is { Seen: true, ExpiresOn: { } expiresOn } ? new ExpiryNotice(Before).DueOn(expiresOn) : null;

    /// <summary>Whether a notice planned for <paramref name="type"/> expiring on <paramref name="expiresOn"/> still stands.</summary>
    public static bool StillStands(Provider? provider, DocumentType type, DateOnly expiresOn) =>
        provider is { Status: not ListingStatus.Removed } && provider.Document(type) is { Seen: true } document && document.ExpiresOn == expiresOn;
}
