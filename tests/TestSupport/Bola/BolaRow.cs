using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.TestSupport.Bola;

/// <summary>
/// The organisation types that may act on a record of their own; every other type is refused (403 or 404), or on a
/// collection gets an answer that holds nothing of the record.
/// </summary>
public sealed record Own(IReadOnlySet<OrganisationType> Types)
{
    public static Own Allowed(params OrganisationType[] types) => new(types.ToHashSet());

    public static BolaRow operator |(Own own, Other other) => new(own, other);
}

public enum OtherRule
{
    /// <summary>Another organisation's record answers 403 or 404, with nothing of the record in the answer.</summary>
    Denied,

    /// <summary>A collection: the caller's own listing holds its record; another's listing never holds the other's.</summary>
    NotListed,

    /// <summary>The route serves others' records to the types named, for the reason given; other types are refused (or list none).</summary>
    Shared,

    /// <summary>The route acts on the caller's own organisation alone (its settings, or a record it creates); no id names another's.</summary>
    NoRecord,
}

/// <summary>What another organisation's caller gets from the route on a record that is not its own.</summary>
public sealed record Other(OtherRule Rule, string Detail, IReadOnlySet<OrganisationType> SharedWith)
{
    public static Other Denied { get; } = new(OtherRule.Denied, "", new HashSet<OrganisationType>());

    /// <summary>The route lists records; <paramref name="listedKey"/> names which record's id must not appear in another's list.</summary>
    public static Other NotListed(string listedKey) => new(OtherRule.NotListed, listedKey, new HashSet<OrganisationType>());

    public static Other Shared(string why, params OrganisationType[] with) => new(OtherRule.Shared, why, with.ToHashSet());

    public static Other NoRecord(string why) => new(OtherRule.NoRecord, why, new HashSet<OrganisationType>());
}

/// <summary>A request body, built from the records of the organisation the request acts on.</summary>
public sealed record Send(Func<BolaRecords, object> Body)
{
    public static Send Json(object body) => new(_ => body);

    public static Send Json(Func<BolaRecords, object> body) => new(body);
}

/// <summary>
/// One route's row of the matrix: who may act on their own record, what another organisation gets, and the body to
/// send (valid, so that a refusal is the access check's and not validation's).
/// </summary>
public sealed record BolaRow(Own Own, Other Other, Send? Body = null)
{
    public static BolaRow operator |(BolaRow row, Send body) => row with { Body = body };
}
