namespace APPlatform.ProviderDirectory.Model.Gias;

/// <summary>
/// One establishment as DfE's Get Information about Schools lists it (a row of its extract), in the words GIAS uses:
/// the type and status are GIAS's names, e.g. "Pupil referral unit", "Open, but proposed to close".
/// </summary>
public sealed record GiasEstablishment(
    string Urn, string Name, string TypeName, string StatusName, string? Ukprn, string? Postcode, string? LocalAuthorityName);
