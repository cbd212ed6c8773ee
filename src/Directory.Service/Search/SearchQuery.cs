namespace APPlatform.ProviderDirectory.Search;

/// <summary>
/// GET /api/directory/providers as a client writes it. Lists may repeat the parameter or separate values with commas:
/// keyStage=KS3&amp;keyStage=KS4 or keyStage=KS3,KS4 (a provider offering any of them matches).
/// </summary>
public sealed record SearchQuery(
    string? Q = null,
    string[]? KeyStage = null,
    string? Registration = null,
    string[]? Ofsted = null,
    string[]? Gcse = null,
    string[]? Need = null,
    string? Area = null,
    string? Near = null,
    double? WithinKm = null,
    bool? PlacesAvailable = null,
    Guid? LocalAuthority = null,
    string? AuditOutcome = null,
    string[]? Status = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = 20);
